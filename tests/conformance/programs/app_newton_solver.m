% Numerical methods: Newton's method with a tolerance and iteration log, bisection,
% secant, fixed-point iteration and a 2-D Newton system with a Jacobian.
f = @(x) x.^3 - 2*x - 5;
df = @(x) 3*x.^2 - 2;
x = 2;
for it = 1:50
    dx = f(x) / df(x);
    x = x - dx;
    fprintf('it %2d x = %.12f |dx| = %.3e\n', it, x, abs(dx));
    if abs(dx) < 1e-12, break; end
end
a = 2; b = 3; n = 0;
while b - a > 1e-10
    c = (a + b) / 2; n = n + 1;
    if sign(f(c)) == sign(f(a)), a = c; else, b = c; end
end
fprintf('bisection: %.9f after %d steps\n', (a + b) / 2, n);
x0 = 2; x1 = 3;
for it = 1:30
    x2 = x1 - f(x1) * (x1 - x0) / (f(x1) - f(x0));
    x0 = x1; x1 = x2;
    if abs(x1 - x0) < 1e-13, break; end
end
fprintf('secant: %.12f in %d\n', x1, it);
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
fprintf('system root (%.8f, %.8f) residual %.1e after %d\n', v(1), v(2), norm(F(v)) < 1e-10, it);
r = fzero(f, [2 3]);
fprintf('fzero %.10f\n', r);
