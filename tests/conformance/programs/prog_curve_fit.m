% Curve fitting and quadrature on measured data: polyfit/polyval, residuals, interp1 with
% several methods, trapz against integral and quad, cumtrapz.
x = 0:0.5:5;
y = 2.5 - 1.2*x + 0.3*x.^2;
y = y + 0.01 * sin(7 * x);          % deterministic "noise"
p1 = polyfit(x, y, 1);
p2 = polyfit(x, y, 2);
fprintf('linear fit:    %8.4f %8.4f\n', p1);
fprintf('quadratic fit: %8.4f %8.4f %8.4f\n', p2);
r1 = norm(y - polyval(p1, x));
r2 = norm(y - polyval(p2, x));
fprintf('residual norms: %.4f  %.4f\n', r1, r2);
xq = [0.25 1.75 3.1 4.9];
fprintf('polyval at xq: %s\n', sprintf('%.4f ', polyval(p2, xq)));

% interpolation of a table
T = [0 10 20 30 40 50];
rho = [999.8 999.7 998.2 995.7 992.2 988.0];
for m = {'linear', 'nearest', 'pchip', 'spline'}
    v = interp1(T, rho, [5 17.5 33 48], m{1});
    fprintf('%-8s %s\n', m{1}, sprintf('%9.3f', v));
end
fprintf('column query shape: %d x %d\n', size(interp1(T, rho, [1; 2; 3])));

% quadrature
f = @(t) exp(-t.^2);
tt = linspace(0, 2, 201);
I_trap = trapz(tt, f(tt));
I_int = integral(f, 0, 2);
I_quad = quad(f, 0, 2);
fprintf('trapz %.8f integral %.8f quad %.6f\n', I_trap, I_int, I_quad);
fprintf('error of trapz %.2e\n', abs(I_trap - sqrt(pi)/2*erf(2)));
I2 = integral(@(t) 1 ./ (1 + t.^2), -Inf, Inf);
fprintf('integral over the real line: %.8f (pi = %.8f)\n', I2, pi);
c = cumtrapz(tt, 2*tt);
fprintf('cumtrapz of 2t at t=1,2: %.6f %.6f\n', c(101), c(end));
fprintf('trapz of a matrix by columns: %s\n', mat2str(trapz([1 2; 3 4; 5 6])));

% polyder / polyint / roots
dp = polyder(p2);
ip = polyint([3 2 1]);
fprintf('polyder: %s  polyint: %s\n', sprintf('%.4f ', dp), mat2str(ip));
r = sort(roots([1 -6 11 -6]));
fprintf('roots: %s\n', sprintf('%.6f ', r));
fprintf('conv of polynomials: %s\n', mat2str(conv([1 2], [1 -3 2])));
[q, rr] = deconv([1 -1 -4 4], [1 -1]);
fprintf('deconv: q = %s, r = %s\n', mat2str(q), mat2str(rr));
