% RUN: %mcc %s -o %t && sh -c '%limit-address-space MCC_CHECK_LEAKS=1 timeout 60 %t' | FileCheck %s
% Sparse storage is O(nnz + columns): with the address space limited to
% 4 GB (a dense 10^6 x 10^6 matrix needs 8 TB; not in sanitizer builds,
% whose shadow memory needs more address space than that), a 10^6 x 10^6 identity
% times a vector and a 10^6 x 10^6 tridiagonal sum, product and solve run,
% and every array is released at the end. tic/toc: the product takes well
% under a second.
n = 1e6;
tic;
I = speye(n);
y = I * ones(n, 1);
t = toc;
fprintf('sum %d nnz %d fast %d\n', sum(y), nnz(I), t < 1);
% CHECK: sum 1000000 nnz 1000000 fast 1
e = ones(n, 1);
T = spdiags([-e 4*e -e], [-1 0 1], n, n);
A = T + 2 * I;
x = A \ (A * e);
fprintf('nnz %d max error small %d\n', nnz(A), max(abs(x - 1)) < 1e-10);
% CHECK: nnz 2999998 max error small 1
