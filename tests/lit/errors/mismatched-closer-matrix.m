% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% Regression test (fixed 2026-11-22); it failed before, as described here.
% The bug was: a matrix closed by ')' gets two errors at the same column: first
% "expected ',' or ']', found ')'" (from the element-separator check), then
% "expected ']', found ')'" with the note. Only the second belongs here.
v = [1, 2, 3);
w = 4;

% CHECK-NOT: error:
% CHECK: {{.*}}mismatched-closer-matrix.m:6:13: error: expected ']', found ')'
% CHECK-NEXT: v = [1, 2, 3);
% CHECK-NEXT: ^
% CHECK-NEXT: {{.*}}mismatched-closer-matrix.m:6:5: note: '[' opened here
% CHECK-NOT: error:
