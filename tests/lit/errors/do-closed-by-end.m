% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% Regression test (fixed 2026-11-22); it failed before, as described here.
% The bug was: a 'do' loop closed by 'end' instead of 'until' gets two errors: "'do'
% is missing its 'until'" at the 'do' and then "'end' without a matching
% block; nothing is open here" at the 'end'. One mistake, one error: like
% 'endwhile' closing an 'if', it should be "'end' cannot close 'do'" at the
% 'end' (or only the missing-'until' error, with the 'end' taken as the
% loop's close).
do
  x = x + 1;
end
y = 1;

% CHECK-NOT: error:
% CHECK: {{.*}}do-closed-by-end.m:11:1: error: 'end' cannot close 'do'
% CHECK-NOT: error:
