% The conjugate gradient method on a sparse 2-D Laplacian: iterations until
% the relative residual is below 1e-8, then the error against a direct solve.
m = 20;
e = ones(m, 1);
L = spdiags([-e 2*e -e], [-1 0 1], m, m);
A = kron(speye(m), L) + kron(L, speye(m));
N = size(A, 1);
b = ones(N, 1);
x = zeros(N, 1);
r = b - A * x;
p = r;
rr = r' * r;
k = 0;
while sqrt(rr) > 1e-8 * norm(b)
  Ap = A * p;
  alpha = rr / (p' * Ap);
  x = x + alpha * p;
  r = r - alpha * Ap;
  rrNew = r' * r;
  p = r + (rrNew / rr) * p;
  rr = rrNew;
  k = k + 1;
end
fprintf('CG: %d unknowns, converged in %d iterations (fewer than 80: %d)\n', N, k, k < 80);
xd = A \ b;
fprintf('CG agrees with A\\b to 1e-6: %d\n', norm(x - xd) / norm(xd) < 1e-6);
fprintf('x(1) = %.6f, x(N/2) = %.6f, max %.6f\n', x(1), x(N/2), max(x));
