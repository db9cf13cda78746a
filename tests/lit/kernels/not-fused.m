% RUN: %mcc --emit=kernels %s | FileCheck %s --allow-empty
% What fusion leaves to the runtime: a matrix product, a sum along the first
% non-singleton dim of a matrix whose first dim may be 1 (n-by-n), implicit expansion of a row and a column
% (the shapes differ), and element-wise ops whose shapes inference cannot
% prove equal.
n = numel([1 2 3]);
A = rand(n);
B = A * A;
c = sum(B);
r = 1:3;
C = r + r';
d = linspace(0, 1, numel(c)) + linspace(0, 1, n);
fprintf('%d %d %d\n', numel(c), numel(C), numel(d));
% CHECK-NOT: kernel
