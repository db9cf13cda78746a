% Poisson problems solved with S \ b: the 1-D -u'' = f and the 2-D -lap(u) = f
% on the unit square, both with u = 0 on the boundary, second-order finite
% differences. The residuals and the errors against the exact solutions are
% printed (the discretisation error of order h^2).
n = 99;
h = 1 / (n + 1);
t = (1:n)' * h;
e = ones(n, 1);
A = spdiags([-e 2*e -e], [-1 0 1], n, n) / h^2;
f = pi^2 * sin(pi * t);
u = A \ f;
fprintf('1-D: n = %d, issparse(u) = %d\n', n, issparse(u));
fprintf('1-D: relative residual < 1e-12: %d\n', norm(f - A*u) / norm(f) < 1e-12);
fprintf('1-D: max error %.4e\n', max(abs(u - sin(pi * t))));
% 2-D: kron builds the five-point Laplacian of an m x m grid
m = 30;
h = 1 / (m + 1);
g = (1:m)' * h;
e = ones(m, 1);
L = spdiags([-e 2*e -e], [-1 0 1], m, m) / h^2;
I = speye(m);
A2 = kron(I, L) + kron(L, I);
[X, Y] = meshgrid(g, g);
exact = sin(pi * X) .* sin(2 * pi * Y);
b = 5 * pi^2 * exact(:);
v = A2 \ b;
fprintf('2-D: %d unknowns, nnz %d\n', size(A2, 1), nnz(A2));
fprintf('2-D: relative residual < 1e-12: %d\n', norm(b - A2*v) / norm(b) < 1e-12);
fprintf('2-D: max error %.4e\n', max(abs(v - exact(:))));
% several right-hand sides at once
B = [b, 2*b];
V = A2 \ B;
fprintf('2-D: two right-hand sides agree: %d\n', max(abs(V(:, 2) - 2*v)) < 1e-10);
