% Time-series cleanup: fill gaps by linear interpolation, resample to a uniform grid with
% interp1 (linear, pchip, spline, nearest), detrend with polyfit, and cumulative integration.
t = [0 0.7 1.5 2.1 3.0 4.2 5.0 6.1 7.0 8.4 9.0 10];
v = [1.0 1.6 2.9 NaN 4.8 5.1 NaN 6.0 6.9 8.3 8.8 9.9];
ok = ~isnan(v);
vf = v;
vf(~ok) = interp1(t(ok), v(ok), t(~ok));
fprintf('filled: %.6f %.6f\n', vf(4), vf(7));
tg = 0:1:10;
for m = {'linear', 'pchip', 'spline', 'nearest'}
    r = interp1(t, vf, tg, m{1});
    fprintf('%-8s %s\n', m{1}, sprintf('%.5f ', r(2:2:end)));
end
p = polyfit(t, vf, 1);
res = vf - polyval(p, t);
fprintf('slope %.6f intercept %.6f resid rms %.6f\n', p(1), p(2), sqrt(mean(res.^2)));
p2 = polyfit(t, vf, 2);
fprintf('quadratic %s\n', sprintf('%.6f ', p2));
ci = cumtrapz(t, vf);
fprintf('integral %.6f (trapz %.6f)\n', ci(end), trapz(t, vf));
dv = gradient(vf, t);
fprintf('gradient %s\n', sprintf('%.4f ', dv(1:4)));
ma = movmean(vf, 3);
fprintf('movmean %s\n', sprintf('%.4f ', ma([1 2 end])));
mmed = movmedian(vf, 3);
fprintf('movmedian %s\n', sprintf('%.4f ', mmed([1 2 end])));
[mx, imx] = max(diff(vf) ./ diff(t));
fprintf('steepest %.6f between t=%.1f and %.1f\n', mx, t(imx), t(imx+1));
inRange = t >= 2 & t <= 6;
fprintf('mean in [2,6]: %.6f over %d samples\n', mean(vf(inRange)), nnz(inRange));
