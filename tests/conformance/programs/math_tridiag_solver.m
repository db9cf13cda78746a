% Thomas algorithm for a tridiagonal system in loops, compared with backslash; a 1-D
% boundary value problem -u'' = f discretised, the max error, and Jacobi/Gauss-Seidel sweeps.
n = 9;
h = 1 / (n + 1);
x = (1:n)' * h;
f = pi^2 * sin(pi * x);
a = -ones(n, 1); b = 2 * ones(n, 1); c = -ones(n, 1);
d = h^2 * f;
cp = zeros(n, 1); dp = zeros(n, 1);
cp(1) = c(1) / b(1);
dp(1) = d(1) / b(1);
for i = 2:n
  m = b(i) - a(i) * cp(i-1);
  cp(i) = c(i) / m;
  dp(i) = (d(i) - a(i) * dp(i-1)) / m;
end
u = zeros(n, 1);
u(n) = dp(n);
for i = n-1:-1:1
  u(i) = dp(i) - cp(i) * u(i+1);
end
A = diag(b) + diag(a(2:end), -1) + diag(c(1:end-1), 1);
u2 = A \ d;
fprintf('thomas vs backslash: %d\n', max(abs(u - u2)) < 1e-12);
fprintf('max error vs exact: %.6e\n', max(abs(u - sin(pi * x))));
fprintf('u(5) = %.10f\n', u(5));
uj = zeros(n, 1);
for it = 1:50
  un = uj;
  for i = 1:n
    s = d(i);
    if i > 1, s = s + uj(i-1); end
    if i < n, s = s + uj(i+1); end
    un(i) = s / 2;
  end
  uj = un;
end
fprintf('jacobi 50: residual %.4e\n', norm(A * uj - d));
ug = zeros(n, 1);
for it = 1:50
  for i = 1:n
    s = d(i);
    if i > 1, s = s + ug(i-1); end
    if i < n, s = s + ug(i+1); end
    ug(i) = s / 2;
  end
end
fprintf('gauss-seidel 50: residual %.4e\n', norm(A * ug - d));
fprintf('gs better: %d\n', norm(A * ug - d) < norm(A * uj - d));
fprintf('condition estimate %.4f\n', cond(A));
