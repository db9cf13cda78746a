% RUN: %mcc %s -o %t && %t | FileCheck %s
% ndgrid's output along a dimension of extent 1 (a 2x2x1 grid: the array
% keeps two dims) read subscripts past the array's own (a crash, or garbage).
% Expected output from GNU Octave 7.3.
[P, Q, R] = ndgrid([1 2] * 1i, 1:2, 4);
fprintf('%s %s %s\n', mat2str(size(P)), mat2str(size(R)), mat2str(R));
fprintf('%g ', imag(P), Q); fprintf('\n');
[X, Y, Z] = meshgrid(1:2, 3, 5);
fprintf('%s %g %g\n', mat2str(size(Z)), Y(2), Z(1));
% CHECK: [2 2] [2 2] [4 4;4 4]
% CHECK-NEXT: 1 2 1 2 1 1 2 2
% CHECK-NEXT: [1 2] 3 5
