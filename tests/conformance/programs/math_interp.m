% interp1 (linear, nearest, previous, next, pchip, spline; extrapolation; matrices), spline, pchip, interp2.
x = [1 2 4 5];
v = [10 20 15 0];
xq = [0.5 1 1.5 3 4.5 5 6];
pv('linear', interp1(x, v, xq, 'linear', NaN));
pv('linear extrap', interp1(x, v, xq, 'linear', 'extrap'));
pv('linear fill', interp1(x, v, xq, 'linear', -1));
pv('nearest', interp1(x, v, [1.4 1.5 3 4.6], 'nearest'));
pv('previous', interp1(x, v, [1 1.5 3.9 5 5.5], 'previous', NaN));
pv('next', interp1(x, v, [0.5 1 1.5 3.9 5], 'next', NaN));
pv('pchip', interp1(x, v, xq, 'pchip', 'extrap'));
pv('spline', interp1(x, v, xq, 'spline', 'extrap'));
pv('pchip no extrap', interp1(x, v, xq, 'pchip', NaN));
pv('v only', interp1([5 7 9], [1.5 2.5]));
pv('column', interp1([1; 2; 3], [4; 5; 6], [1.5; 2.5]));
r = interp1([1 2 3], [10 100; 20 200; 30 300], [1.5 2.5]);
fprintf('matrix: size %d %d:', size(r)); fprintf(' %g', r); fprintf('\n');
pv('unsorted x', interp1([3 1 2], [30 10 20], [1.5 2.5]));
pv('NaN query', interp1(x, v, [NaN 2], 'linear', NaN));
pv('spline fn', spline(0:4, [0 1 0 1 0], [0.5 1.5 2.5 3.5]));
pv('spline 3 pts', spline([0 1 2], [0 1 4], [0.5 3]));
pv('spline 2 pts', spline([0 1], [1 3], [0.25 2]));
pv('spline clamped', spline(0:3, [0 0 1 0 0 0], [0.5 1.5 2.5]));
pv('pchip fn', pchip(0:4, [0 1 1 0 2], [0.5 1.5 2.5 3.5]));
pv('pchip monotone', pchip([0 1 2 3], [0 0.1 5 5.1], [0.5 1.5 2.5]));
V = [1 2 3; 4 5 6; 7 8 10];
pv('interp2 V', interp2(V, [1.5 2.5], [1.5 2.5]));
pv('interp2 xy', interp2([0 1 2], [10 20 30], V, [0.5 1.75], [15 25]));
r = interp2(V, [1 1.5 3], [1; 2.5]);
fprintf('interp2 grid: size %d %d:', size(r)); fprintf(' %g', r); fprintf('\n');
pv('interp2 outside', interp2(V, [0 4 2], [2 2 0], 'linear', NaN));
pv('interp2 fill', interp2([0 1 2], [0 1 2], V, 3, 1, 'linear', 0));
pv('interp2 nearest', interp2(V, [1.4 2.6], [1.6 2.4], 'nearest'));
[X, Y] = meshgrid(0:2, 0:2);
pv('interp2 meshgrid', interp2(X, Y, V, 1.5, 0.5));

function pv(label, X)
  fprintf('%s:', label);
  fprintf(' %.10g', X);
  fprintf('\n');
end
