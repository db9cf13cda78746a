% Numerical methods: Kepler's equation by Newton's method with an iteration log, a table of
% solutions over mean anomalies, fixed-point iteration, and a 2-D Newton system with a Jacobian.
e = 0.3; M = 1.2;
f = @(E) E - e*sin(E) - M;
df = @(E) 1 - e*cos(E);
E = M;
for it = 1:50
    dE = f(E) / df(E);
    E = E - dE;
    fprintf('it %2d E = %.12f step below 1e-6: %d\n', it, E, abs(dE) < 1e-6);
    if abs(dE) < 1e-12, break; end
end
for Mk = [0.1 1 2 3]
    E = Mk; n = 0;
    while true
        n = n + 1;
        step = (E - e*sin(E) - Mk) / (1 - e*cos(E));
        E = E - step;
        if abs(step) < 1e-13 || n > 40, break; end
    end
    nu = 2 * atan(sqrt((1 + e) / (1 - e)) * tan(E / 2));
    fprintf('M=%.1f E=%.10f true anomaly %.8f (%d steps)\n', Mk, E, nu, n);
end
g = @(x) cos(x);
x = 1;
for it = 1:200
    xn = g(x);
    if abs(xn - x) < 1e-10, break; end
    x = xn;
end
fprintf('fixed point of cos: %.8f (%d its)\n', xn, it);
F = @(v) [v(1)^2 + v(2)^2 - 4; exp(v(1)) + v(2) - 1];
J = @(v) [2*v(1), 2*v(2); exp(v(1)), 1];
v = [1; -1];
for it = 1:20
    step = J(v) \ F(v);
    v = v - step;
    if norm(step) < 1e-12, break; end
end
fprintf('system root (%.8f, %.8f) converged %d after %d\n', v(1), v(2), norm(F(v)) < 1e-10, it);
r = fzero(f, [0 2]);
fprintf('fzero %.10f\n', r);
