% Block matrices and triangles of sparse matrices: [A, B; C, D] with a
% sparse block is sparse (full blocks converted), tril and triu keep
% sparsity, isequal compares values across storage. A Gauss-Seidel sweep
% (x = x + tril(A) \ (b - A*x)) converges on a diagonally dominant system,
% and a saddle-point system [K, B'; B, 0] is solved with \.
n = 4;
e = ones(n, 1);
K = spdiags([-e 4*e -e], [-1 0 1], n, n);
B = sparse([1 1 1 1]);
M = [K, B'; B, 0];
fprintf('block: %d x %d, sparse %d, nnz %d\n', size(M, 1), size(M, 2), issparse(M), nnz(M));
fprintf('%3g %3g %3g %3g %3g\n', full(M)');
H = [K, eye(n)];
fprintf('[K, eye]: sparse %d, nnz %d\n', issparse(H), nnz(H));
V = [K; sparse(1, n)];
fprintf('[K; zeros row]: %d x %d, nnz %d\n', size(V, 1), size(V, 2), nnz(V));
L = tril(K);
U = triu(K, 1);
fprintf('tril: sparse %d, nnz %d; triu(K,1): nnz %d\n', issparse(L), nnz(L), nnz(U));
fprintf('tril + triu(,1) == K: %d, isequal(K, full(K)): %d, isequal(K, L): %d\n', ...
        isequal(L + U, K), isequal(K, full(K)), isequal(K, L));
b = (1:n)';
x = zeros(n, 1);
for it = 1:25
  x = x + L \ (b - K*x);
end
fprintf('Gauss-Seidel: residual < 1e-10: %d\n', norm(b - K*x) < 1e-10);
rhs = [b; 2];
sol = M \ rhs;
fprintf('saddle point: residual < 1e-12: %d, multiplier %.6f\n', norm(M*sol - rhs) < 1e-12, sol(end));
