% RUN: %mcc %s -o %t && %t | FileCheck %s
% Two subscripts of a 3-d array fold its trailing dims into the second
% (A(1,7) of a 2x3x4 A is A(13)): the inline read and in-place write of a
% double element take it, where they once called the runtime's index error
% ("an index the compiled code rejected was valid"). Values are GNU Octave's.
A = zeros(2, 3, 4);
A(13) = 5;
k = 7;
fprintf('%g %g\n', A(1, k), A(2, k));
A(2, k) = 6;
fprintf('%g %d\n', A(14), ndims(A));
Z = complex(zeros(2, 3, 4));
Z(13) = 1 + 2i;
z = Z(1, k);
fprintf('%g %g\n', real(z), imag(z));
% CHECK: 5 0
% CHECK-NEXT: 6 3
% CHECK-NEXT: 1 2
