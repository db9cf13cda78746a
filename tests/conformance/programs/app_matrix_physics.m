% Numerical methods: spring-mass system assembled as a stiffness matrix, static solve with
% mldivide, eigen-frequencies, explicit and RK4 time stepping, trapz energy and a convergence table.
n = 4; k = [100 80 60 40]; m = [2 1.5 1 0.5];
K = zeros(n);
for i = 1:n
    K(i, i) = K(i, i) + k(i);
    if i > 1
        K(i-1, i-1) = K(i-1, i-1) + k(i);
        K(i-1, i) = -k(i); K(i, i-1) = -k(i);
    end
end
fprintf('K symmetric %d, det %.6g\n', issymmetric(K), det(K));
F = [0; 0; 0; 10];
u = K \ F;
fprintf('displacement: %s\n', mat2str(u', 6));
M = diag(m);
lam = sort(eig(M \ K));
fprintf('frequencies (Hz): %s\n', sprintf('%.5f ', sqrt(lam) / (2*pi)));
f = @(t, y) [y(2); -4*y(1) - 0.1*y(2)];
for h = [0.1 0.05 0.025]
    y = [1; 0]; t = 0;
    N = round(2 / h);
    for s = 1:N
        k1 = f(t, y); k2 = f(t + h/2, y + h/2*k1);
        k3 = f(t + h/2, y + h/2*k2); k4 = f(t + h, y + h*k3);
        y = y + h/6 * (k1 + 2*k2 + 2*k3 + k4);
        t = t + h;
    end
    fprintf('h=%-6g y(2)=%.10f\n', h, y(1));
end
y = [1; 0]; h = 0.001; E = zeros(1, 2001);
for s = 1:2001
    E(s) = 0.5 * y(2)^2 + 2 * y(1)^2;
    y = y + h * f(0, y);
end
tt = (0:2000) * h;
fprintf('energy: start %.6f end %.6f integral %.6f\n', E(1), E(end), trapz(tt, E));
A = [4 -1 0; -1 4 -1; 0 -1 4]; b = [15; 10; 10];
x = zeros(3, 1);
for it = 1:100
    xn = (b - (A - diag(diag(A))) * x) ./ diag(A);
    if norm(xn - x, inf) < 1e-10, x = xn; break; end
    x = xn;
end
fprintf('jacobi %d its: %s\n', it, sprintf('%.8f ', x));
[L, U, P] = lu(A);
fprintf('lu ok %d, cond %.6f\n', norm(P*A - L*U) < 1e-12, cond(A));
R = chol(A);
fprintf('chol diag %s\n', mat2str(diag(R)', 6));
