% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% Regression test (fixed 2026-11-22); it failed before, as described here.
% The bug was: 'end' used as a value outside any bracket gets two errors for the one
% token: "'end' used as a value outside of an index expression", then, since
% the parser leaves the 'end' in place to close a block, "'end' without a
% matching block; nothing is open here" at the same line and column. With
% no block open, only the first error should be reported.
x = end;
y = 1;

% CHECK-NOT: error:
% CHECK: {{.*}}end-as-value-statement.m:8:5: error: 'end' used as a value outside of an index expression
% CHECK-NEXT: {{^}}x = end;
% CHECK-NEXT: {{^}}    ^~~
% CHECK-NOT: error:
