% Root finding: Newton, bisection and secant loops, fzero with a bracket and a start,
% fminsearch and fminbnd on simple functions.
f = @(x) x.^3 - 2*x - 5;
df = @(x) 3*x.^2 - 2;
x = 2;
for it = 1:50
  dx = f(x) / df(x);
  x = x - dx;
  if abs(dx) < 1e-12
    break;
  end
end
fprintf('newton: %.10f after %d iterations\n', x, it);
a = 2; b = 3; n = 0;
while b - a > 1e-10
  m = (a + b) / 2;
  if sign(f(m)) == sign(f(a))
    a = m;
  else
    b = m;
  end
  n = n + 1;
end
fprintf('bisection: %.8f after %d halvings\n', (a + b)/2, n);
x0 = 2; x1 = 3;
for it = 1:100
  x2 = x1 - f(x1)*(x1 - x0)/(f(x1) - f(x0));
  x0 = x1; x1 = x2;
  if abs(x1 - x0) < 1e-12, break; end
end
fprintf('secant: %.10f\n', x1);
r = fzero(f, [2 3]);
fprintf('fzero bracket: %.8f\n', r);
r2 = fzero(@cos, 1);
fprintf('fzero start: %.8f\n', r2);
[xm, fv] = fminbnd(@(x) (x - 1.5).^2 + 2, 0, 4);
fprintf('fminbnd: %.5f %.5f\n', xm, fv);
rosen = @(p) (1 - p(1))^2 + 100*(p(2) - p(1)^2)^2;
p = fminsearch(rosen, [-1.2 1]);
fprintf('fminsearch: %.3f %.3f\n', p(1), p(2));
sq = 10;
for k = 1:20
  sq = 0.5*(sq + 10/sq);
end
fprintf('sqrt(10) by Heron: %.12f (err %.1e)\n', sq, abs(sq - sqrt(10)));
g = @(x) exp(-x) - x;
xf = 0.5;
for k = 1:100
  xn = exp(-xf);
  if abs(xn - xf) < 1e-10, break; end
  xf = xn;
end
fprintf('fixed point: %.8f in %d steps\n', xn, k);
