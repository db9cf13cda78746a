% Textbook root finding and ODE steps: Newton on cos(x) = x with a break on convergence, bisection with a while loop, fixed-point iteration, explicit Euler against RK4 on y' = -2y + t, composite Simpson's rule.
f = @(x) x.^3 - 2*x - 5;
g = @(x) cos(x) - x;
dg = @(x) -sin(x) - 1;
x = 1;
for it = 1:20
  dx = g(x) / dg(x);
  x = x - dx;
  if abs(dx) < 1e-12, break; end
end
fprintf('newton root of cos(x) = x: %.10f after %d iterations\n', x, it);
a = 2; b = 3; it = 0;
while (b - a) / 2 > 1e-8
  c = (a + b) / 2;
  if sign(f(c)) == sign(f(a)), a = c; else, b = c; end
  it = it + 1;
end
fprintf('bisection %.6f in %d steps\n', (a + b) / 2, it);
% fixed-point iteration x = (2x + 5)^(1/3)
xf = 2; k = 0;
while true
  k = k + 1;
  xn = (2*xf + 5)^(1/3);
  if abs(xn - xf) < 1e-12 || k >= 100, xf = xn; break; end
  xf = xn;
end
fprintf('fixed point %.10f after %d iterations\n', xf, k);
% Euler and RK4 for y' = -2y + t, y(0)=1
h = 0.1; t = 0:h:1; y = zeros(size(t)); y(1) = 1;
yr = y;
g = @(t, y) -2*y + t;
for n = 1:numel(t)-1
  y(n+1) = y(n) + h * g(t(n), y(n));
  k1 = g(t(n), yr(n));
  k2 = g(t(n) + h/2, yr(n) + h/2*k1);
  k3 = g(t(n) + h/2, yr(n) + h/2*k2);
  k4 = g(t(n) + h, yr(n) + h*k3);
  yr(n+1) = yr(n) + h/6*(k1 + 2*k2 + 2*k3 + k4);
end
exact = 0.5*t - 0.25 + 1.25*exp(-2*t);
fprintf('euler err %.6e  rk4 err %.6e\n', max(abs(y - exact)), max(abs(yr - exact)));
% Simpson's rule
n = 10; xs = linspace(0, pi, n+1); ys = sin(xs);
S = (pi/n)/3 * (ys(1) + 4*sum(ys(2:2:end-1)) + 2*sum(ys(3:2:end-2)) + ys(end));
fprintf('simpson %.8f\n', S);
