% Factorisations and matrix functions: lu qr chol eig svd pinv null orth rank
% cond rcond expm sqrtm. Signs of eigen- and singular vectors and the last
% digits depend on LAPACK, so the program prints residual norms below a
% threshold, sorted eigenvalues and singular values with %.6f, and abs values.
A = [4 -2 1; 3 6 -4; 2 1 8];
S = [4 1 0; 1 3 1; 0 1 2];
[L, U, P] = lu(A);
fprintf('lu: P*A = L*U %d, L unit lower %d, U upper %d\n', norm(P*A - L*U) < 1e-12, ...
    isequal(diag(L)', [1 1 1]) && isequal(L, tril(L)), isequal(U, triu(U)));
[L2, U2] = lu(A);
fprintf('lu 2 outputs: A = L*U %d\n', norm(L2*U2 - A) < 1e-12);
[Q, R] = qr(A);
fprintf('qr: %d %d %d\n', norm(Q*R - A) < 1e-12, norm(Q'*Q - eye(3)) < 1e-12, isequal(R, triu(R)));
B = [1 2; 3 4; 5 6];
[Q, R] = qr(B, 0);
fprintf('economy qr: %d %d  %d %d  %d\n', size(Q), size(R), norm(Q*R - B) < 1e-12);
R = chol(S);
fprintf('chol: upper %d, R''*R = S %d, diag %.6f %.6f %.6f\n', isequal(R, triu(R)), norm(R'*R - S) < 1e-12, diag(R));
[R, p] = chol([1 2; 2 1]);
fprintf('chol of an indefinite matrix: p = %d\n', p);
e = eig(S);
fprintf('eig(S): %.6f %.6f %.6f\n', sort(e));
[V, D] = eig(S);
fprintf('S*V = V*D %d, V orthonormal %d\n', norm(S*V - V*D) < 1e-12, norm(V'*V - eye(3)) < 1e-12);
e = eig([0 1; -1 0]);
fprintf('eig of a rotation: %.6f%+.6fi %.6f%+.6fi\n', real(e(1)), abs(imag(e(1))), real(e(2)), -abs(imag(e(2))));
fprintf('eig(diag): %g %g %g\n', sort(eig(diag([3 1 2]))));
s = svd(B);
fprintf('svd(B): %.6f %.6f\n', s);
[U, Sg, V] = svd(B);
fprintf('U*S*V'' = B %d, sizes %dx%d %dx%d %dx%d\n', norm(U*Sg*V' - B) < 1e-12, size(U), size(Sg), size(V));
[U, Sg, V] = svd(B, 'econ');
fprintf('econ sizes %dx%d %dx%d %dx%d, residual %d\n', size(U), size(Sg), size(V), norm(U*Sg*V' - B) < 1e-12);
fprintf('svd of zeros: %g %g\n', svd(zeros(2)));
X = pinv(B);
fprintf('pinv: size %d %d, B*X*B = B %d, X*B = I %d\n', size(X), norm(B*X*B - B) < 1e-12, norm(X*B - eye(2)) < 1e-12);
fprintf('pinv of singular: %.6f %.6f %.6f %.6f\n', pinv([1 2; 2 4]));
C = [1 2 3; 2 4 6];
N = null(C);
fprintf('null: size %d %d, C*N = 0 %d, orthonormal %d\n', size(N), norm(C*N) < 1e-12, norm(N'*N - eye(2)) < 1e-12);
fprintf('null of invertible: size %d %d\n', size(null(A)));
O = orth(C);
fprintf('orth: size %d %d, abs %.6f %.6f\n', size(O), abs(O));
fprintf('rank: %d %d %d %d %d\n', rank(A), rank(C), rank(zeros(3)), rank(magic(4)), rank([]));
fprintf('rank with tol: %d\n', rank([1 0; 0 1e-10], 1e-8));
fprintf('cond: %.6f %.6f, cond(eye) %g, cond singular > 1e15 %d\n', cond(S), cond(A, 1), cond(eye(3)), cond([1 2; 2 4]) > 1e15);
fprintf('rcond: %.6f, rcond(eye) %g, rcond singular %g\n', rcond(S), rcond(eye(4)), rcond([1 2; 2 4]));
E = expm([0 1; 0 0]);
fprintf('expm nilpotent: %g %g %g %g\n', E);
E = expm([1 2; 3 4]);
fprintf('expm: %.6f %.6f %.6f %.6f\n', E);
fprintf('expm(zeros) = eye %d\n', isequal(expm(zeros(3)), eye(3)));
Z = sqrtm([4 0; 0 9]);
fprintf('sqrtm diag: %g %g %g %g\n', Z);
Z = sqrtm(S);
fprintf('sqrtm(S)^2 = S %d\n', norm(Z*Z - S) < 1e-12);
