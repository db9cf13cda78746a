% Numerical integration: composite trapezoid/Simpson loops, trapz, cumtrapz, integral, quad.
f = @(x) exp(-x.^2);
a = 0; b = 2;
for n = [4 16 64]
  x = linspace(a, b, n + 1);
  h = (b - a) / n;
  T = h * (sum(f(x)) - (f(a) + f(b))/2);
  S = h/3 * (f(x(1)) + 4*sum(f(x(2:2:end-1))) + 2*sum(f(x(3:2:end-2))) + f(x(end)));
  fprintf('n=%3d trapezoid %.10f simpson %.10f\n', n, T, S);
end
exact = sqrt(pi)/2 * erf(2);
fprintf('exact     %.10f\n', exact);
x = linspace(0, pi, 101);
fprintf('trapz sin: %.8f\n', trapz(x, sin(x)));
fprintf('trapz unit spacing: %g\n', trapz([1 2 3 4]));
ct = cumtrapz(x, cos(x));
fprintf('cumtrapz cos at pi/2: %.6f, end small %d\n', ct(51), abs(ct(end)) < 1e-12);
M = [1 2; 3 4; 5 6];
fprintf('trapz columns: %s\n', mat2str(trapz(M)));
fprintf('trapz rows: %s\n', mat2str(trapz(M, 2)'));
fprintf('integral: %.10f\n', integral(f, 0, 2));
fprintf('integral inf: %.8f\n', integral(@(x) 1./(1 + x.^2), 0, Inf));
fprintf('quad: %.8f\n', quad(@(x) x.^2, 0, 3));
fprintf('integral vector: %.10f\n', integral(@(x) x.*sin(x), 0, pi));
v = [0 10 25 45 70 100];
t = 0:5;
dist = cumtrapz(t, v);
fprintf('distance: %s\n', mat2str(dist));
area = polyarea([0 4 4 0], [0 0 3 3]);
fprintf('polyarea %g\n', area);
