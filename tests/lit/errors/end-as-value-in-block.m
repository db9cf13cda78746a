% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% Regression test (fixed 2026-11-22); it failed before, as described here.
% The bug was: an 'end' used as a value inside a block (not inside any bracket) is
% reported ("'end' used as a value outside of an index expression") and then
% left in place, where it closes the enclosing 'if'. Everything after it
% cascades: the 'else' (line 12) is "unexpected 'else'" and the real 'end'
% (line 14) is "'end' without a matching block". Only the first error is
% real; the 'if' should end at line 14.
if x
  y = v(end);
  z = y + end;
else
  z = 0;
end

% CHECK-NOT: error:
% CHECK: {{.*}}end-as-value-in-block.m:11:11: error: 'end' used as a value outside of an index expression
% CHECK-NOT: error:
