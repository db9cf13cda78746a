% Explicit finite differences for the 1-D heat equation with Dirichlet ends, checked
% against the decaying sine mode, an implicit step solved with a tridiagonal system,
% and a 2-D steady state by Jacobi iteration with a convergence loop.
L = 1; nx = 21; alpha = 0.01;
x = linspace(0, L, nx);
dx = x(2) - x(1);
dt = 0.4 * dx^2 / alpha;
r = alpha * dt / dx^2;
u = sin(pi * x);
u([1 end]) = 0;
nsteps = 200;
for n = 1:nsteps
    u(2:end-1) = u(2:end-1) + r * (u(3:end) - 2*u(2:end-1) + u(1:end-2));
end
t = nsteps * dt;
exact = exp(-alpha * pi^2 * t) * sin(pi * x);
fprintf('r = %.2f, t = %.4f, u(mid) = %.6f, exact %.6f\n', r, t, u(11), exact(11));
fprintf('max error %.2e, ends fixed: %d\n', max(abs(u - exact)), u(1) == 0 && u(end) == 0);

% implicit (backward Euler) with a tridiagonal matrix
m = nx - 2;
e = ones(m, 1);
A = diag((1 + 2*r) * e) + diag(-r * e(1:end-1), 1) + diag(-r * e(1:end-1), -1);
v = sin(pi * x(2:end-1))';
for n = 1:nsteps
    v = A \ v;
end
fprintf('implicit u(mid) = %.6f\n', v(10));
fprintf('implicit above explicit: %d\n', v(10) > u(11));
S = spdiags([-r*e, (1+2*r)*e, -r*e], -1:1, m, m);
fprintf('sparse matrix matches: %d, nnz %d\n', isequal(full(S), A), nnz(S));

% 2-D Laplace on a square plate: top edge hot
n = 15;
T = zeros(n);
T(1, :) = 100;
iter = 0;
while true
    iter = iter + 1;
    Tn = T;
    Tn(2:end-1, 2:end-1) = 0.25 * (T(1:end-2, 2:end-1) + T(3:end, 2:end-1) + T(2:end-1, 1:end-2) + T(2:end-1, 3:end));
    change = max(max(abs(Tn - T)));
    T = Tn;
    if change < 1e-4 || iter >= 5000
        break
    end
end
fprintf('Jacobi converged in %d iterations\n', iter);
fprintf('centre temperature %.3f\n', T(8, 8));
fprintf('symmetric about the vertical axis: %d\n', max(max(abs(T - fliplr(T)))) < 1e-9);
fprintf('row means: %s\n', sprintf('%.2f ', mean(T(1:3:end, :), 2)));
% del2 on a quadratic
[Xg, Yg] = meshgrid(0:4);
Dq = del2(Xg.^2 + Yg.^2);
fprintf('del2 interior of x^2+y^2: %g\n', Dq(3, 3));
fprintf('gradient of x^2 at 0..4: %s\n', mat2str(gradient((0:4).^2)));
