% Root finding the way an engineer writes it: Newton with a derivative handle, bisection with a
% tolerance loop, secant with break/continue, and a convergence table printed with fprintf.
f  = @(x) x.^3 - 2*x - 5;
df = @(x) 3*x.^2 - 2;

% Newton's method
x = 2; it = 0; tol = 1e-12;
hist = [];
while true
    it = it + 1;
    dx = f(x) / df(x);
    x = x - dx;
    hist(end+1) = abs(dx); %#ok<AGROW>
    if abs(dx) < tol || it >= 50
        break;
    end
end
fprintf('Newton: root %.10f after %d iterations\n', x, it);
fprintf('  step sizes: %s\n', sprintf('%.2e ', hist(1:min(4,end))));

% Bisection
[r, n] = bisect(f, 2, 3, 1e-8);
fprintf('Bisection: root %.8f after %d halvings\n', r, n);

% Secant, skipping a degenerate update
x0 = 1; x1 = 3; k = 0;
while k < 100
    k = k + 1;
    d = f(x1) - f(x0);
    if d == 0
        continue;
    end
    x2 = x1 - f(x1) * (x1 - x0) / d;
    x0 = x1; x1 = x2;
    if abs(x1 - x0) < 1e-12, break; end
end
fprintf('Secant: root %.10f in %d steps\n', x1, k);

% Newton on a system: intersection of a circle and a parabola
F = @(v) [v(1)^2 + v(2)^2 - 4; v(2) - v(1)^2 + 1];
J = @(v) [2*v(1), 2*v(2); -2*v(1), 1];
v = [1; 1];
for k = 1:20
    step = J(v) \ F(v);
    v = v - step;
    if norm(step) < 1e-13, break; end
end
fprintf('System: x = %.8f, y = %.8f (%d iterations, residual small %d)\n', v(1), v(2), k, norm(F(v)) < 1e-12);

% Table of roots of x^2 - a for several a
fprintf('%6s %12s %12s\n', 'a', 'sqrt(a)', 'off');
for a = [2 10 0.5 100]
    g = @(t) t^2 - a;
    r = newton1(g, @(t) 2*t, a);
    fprintf('%6.1f %12.8f %12d\n', a, r, abs(r - sqrt(a)) > 1e-12);
end

function [r, n] = bisect(f, a, b, tol)
    fa = f(a);
    if sign(fa) == sign(f(b))
        error('bisect:bracket', 'root not bracketed');
    end
    n = 0;
    while (b - a) / 2 > tol
        n = n + 1;
        m = (a + b) / 2;
        fm = f(m);
        if fm == 0
            a = m; b = m;
            break
        elseif sign(fm) == sign(fa)
            a = m; fa = fm;
        else
            b = m;
        end
    end
    r = (a + b) / 2;
end

function x = newton1(g, dg, x)
    for k = 1:100
        dx = g(x) / dg(x);
        x = x - dx;
        if abs(dx) <= 1e-15 * max(1, abs(x)), return; end
    end
end
