% Storage is O(nnz): a 10^6 x 10^6 identity times a vector, and a 10^6 x 10^6
% tridiagonal system solved with S \ b (a dense matrix of that size would
% need 8 TB).
n = 1e6;
I = speye(n);
y = I * ones(n, 1);
fprintf('speye(1e6)*ones: sum %d, nnz %d\n', sum(y), nnz(I));
e = ones(n, 1);
T = spdiags([-e 4*e -e], [-1 0 1], n, n);
b = T * ones(n, 1);
x = T \ b;
fprintf('tridiagonal 1e6: max |x - 1| < 1e-10: %d\n', max(abs(x - 1)) < 1e-10);
