% Linear algebra for a small structural model: solve with \ and inv, det, eig of a
% symmetric stiffness matrix, svd, qr, chol, rank, condition numbers, least squares.
k = [100 200 150 120];
n = numel(k);
K = zeros(n);
for i = 1:n
    K(i, i) = K(i, i) + k(i);
    if i < n
        K(i, i) = K(i, i) + k(i + 1);
        K(i, i + 1) = -k(i + 1);
        K(i + 1, i) = -k(i + 1);
    end
end
F = [0; 0; 0; 10];
u = K \ F;
fprintf('displacements: %s\n', sprintf('%.6f ', u));
u2 = inv(K) * F;
fprintf('inv agrees: %d\n', norm(u - u2) < 1e-12);
fprintf('det(K) = %.6g\n', det(K));
ev = eig(K);
fprintf('eigenvalues: %s\n', sprintf('%.4f ', ev));
[V, D] = eig(K);
fprintf('orthogonal V: %d, K*V = V*D: %d\n', norm(V'*V - eye(n)) < 1e-12, norm(K*V - V*D) < 1e-9);
R = chol(K);
fprintf('chol upper: %d, residual ok: %d, R(1,1) = %.6f\n', istriu(R), norm(R'*R - K) < 1e-10, R(1,1));
[Q, Rq] = qr(K);
fprintf('qr residual ok: %d, |diag R| = %s\n', norm(Q*Rq - K) < 1e-10, sprintf('%.4f ', abs(diag(Rq))));
s = svd(K);
fprintf('singular values: %s\n', sprintf('%.4f ', s));
fprintf('cond = %.6f, norm = %.6f, rank = %d\n', cond(K), norm(K), rank(K));
fprintf('trace = %g, norm(K,1) = %g, norm(K,inf) = %g, fro = %.6f\n', trace(K), norm(K, 1), norm(K, inf), norm(K, 'fro'));

% overdetermined least squares
A = [ones(6, 1), (1:6)'];
b = [1.1; 1.9; 3.2; 3.9; 5.1; 6.0];
x = A \ b;
fprintf('least squares: intercept %.6f slope %.6f\n', x(1), x(2));
xn = (A' * A) \ (A' * b);
fprintf('normal equations agree: %d\n', norm(x - xn) < 1e-10);
xp = pinv(A) * b;
fprintf('pinv agrees: %d\n', norm(x - xp) < 1e-10);

% rank-deficient matrix and null space
M = [1 2 3; 2 4 6; 1 0 1];
fprintf('rank(M) = %d, det(M) = %.1f\n', rank(M), abs(det(M)));
N = null(M);
fprintf('null space dim %d, M*N small: %d\n', size(N, 2), norm(M * N) < 1e-12);
[L, U, P] = lu([4 3; 6 3]);
fprintf('lu: L = %s U = %s P = %s\n', mat2str(L, 4), mat2str(U, 4), mat2str(P));
fprintf('kron: %s\n', mat2str(kron([1 2], [1; 1])));
fprintf('triangular solve: %s\n', mat2str(triu(magic(3)) \ [1; 2; 3], 6));
