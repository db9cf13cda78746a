% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% Regression test (fixed 2026-11-22); it failed before, as described here.
% The bug was: 'end' as an element of a matrix or a cell that is not inside an index
% is reported as "expected ']', found 'end'" with a note "'[' opened here",
% as if the ']' were missing, though the matrix is closed right after it.
% It should be the diagnostic for this case, "'end' used as a value outside
% of an index expression", at the 'end'. ('end' inside an index inside the
% matrix, as in [v(end), 1], is fine.)
ok = [v(end), 1];
x = [1, end];
c = {end};

% CHECK-NOT: error:
% CHECK: {{.*}}end-outside-index-matrix.m:10:9: error: 'end' used as a value outside of an index expression
% CHECK-NOT: error:
% CHECK: {{.*}}end-outside-index-matrix.m:11:6: error: 'end' used as a value outside of an index expression
% CHECK-NOT: error:
