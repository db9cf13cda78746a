% Curve fitting report: polyfit of several degrees with residuals, roots and extrema via
% polyder, polyval on a grid, conv/deconv of polynomials, and an integral with polyint.
x = 0:0.5:4;
y = [1.02 1.60 2.31 2.95 3.41 3.62 3.55 3.21 2.60];
for d = 1:3
    p = polyfit(x, y, d);
    r = y - polyval(p, x);
    fprintf('deg %d: sse %.6f coef %s\n', d, sum(r.^2), sprintf('%.5f ', p));
end
p = polyfit(x, y, 2);
dp = polyder(p);
xm = roots(dp);
fprintf('peak at x=%.5f y=%.5f\n', xm, polyval(p, xm));
P = polyint(p);
fprintf('area 0..4: %.5f (trapz %.5f)\n', polyval(P, 4) - polyval(P, 0), trapz(x, y));
z = roots([1 -6 11 -6]);
fprintf('roots %s\n', sprintf('%.6f ', sort(z)));
c = conv([1 -1], [1 2 3]);
[q, rem] = deconv(c, [1 -1]);
fprintf('conv %s, deconv %s rem %s\n', mat2str(c), mat2str(q), mat2str(rem));
fprintf('poly from roots %s\n', mat2str(poly([1 2 3])));
xg = linspace(0, 4, 5);
fprintf('%.4f ', polyval(p, xg)); fprintf('\n');
A = [x(:).^2, x(:), ones(numel(x), 1)];
coef = A \ y(:);
fprintf('lsq agrees %d\n', max(abs(coef' - p)) < 1e-9);
cr = roots([1 0 1]);
fprintf('complex roots: %s\n', sprintf('%g%+gi ', [real(cr) imag(cr)]'));
