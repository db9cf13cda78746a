% spline and interp1(..., 'spline') through two and three points: a line and the parabola through them
x = [1 3]; y = [2 8];
fprintf('%.10g ', spline(x, y, [0 1 2 3 4])); fprintf('\n');
pp = spline(x, y);
fprintf('order %d pieces %d breaks %s coefs %s\n', pp.order, pp.pieces, mat2str(pp.breaks), mat2str(pp.coefs));
fprintf('%.10g ', ppval(pp, [0.5 2.5])); fprintf('\n');
x3 = [0 1 3]; y3 = [1 2 10];
pp3 = spline(x3, y3);
fprintf('order %d pieces %d breaks %s\n', pp3.order, pp3.pieces, mat2str(pp3.breaks));
fprintf('%.10g ', pp3.coefs); fprintf('\n');
fprintf('%.10g ', ppval(pp3, [-1 0 0.5 1 2 3 4])); fprintf('\n');
fprintf('%.10g ', spline(x3, y3, [-1 0.5 2 4])); fprintf('\n');
fprintf('%.10g ', interp1(x3, y3, [0.5 2], 'spline')); fprintf('\n');
[b, c, l, k] = unmkpp(pp3);
fprintf('%s %s %d %d\n', mat2str(b), mat2str(c), l, k);
% unsorted sites are sorted first
pps = spline([3 0 1], [10 1 2]);
fprintf('%s %.10g\n', mat2str(pps.breaks), ppval(pps, 2));
% four points: not-a-knot makes it the cubic through all four
x4 = 0:3; y4 = x4.^3 - 2*x4;
fprintf('%.10g ', spline(x4, y4, [0.5 1.5 2.5 4])); fprintf('\n');
% end slopes given: a clamped cubic even with two points
fprintf('%.10g ', spline([0 1], [0 0 1 0], [0.25 0.5 0.75])); fprintf('\n');
% quadratic data reproduced exactly
xq = linspace(-1, 2, 7);
fprintf('%.10g ', spline([-1 0 2], [1 0 4], xq) - xq.^2); fprintf('\n');
