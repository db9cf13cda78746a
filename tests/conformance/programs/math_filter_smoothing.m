% Signal smoothing: filter as moving average and first-order IIR, initial conditions,
% cumsum-based running mean, diff, conv 'same' and 'valid'.
x = [1 3 2 5 4 6 8 7 9 10];
b = ones(1, 3) / 3;
y = filter(b, 1, x);
fprintf('FIR:  %s\n', sprintf('%.4f ', y));
alpha = 0.25;
yi = filter(alpha, [1 -(1 - alpha)], x);
fprintf('IIR:  %s\n', sprintf('%.4f ', yi));
[y1, zf] = filter([1 1], 1, [1 2 3]);
fprintf('zf %g\n', zf);
y2 = filter([1 1], 1, [4 5], zf);
fprintf('continued: %s\n', mat2str(y2));
cs = cumsum(x);
w = 4;
rm = (cs(w:end) - [0 cs(1:end-w)]) / w;
fprintf('running mean: %s\n', sprintf('%.2f ', rm));
fprintf('diff: %s\n', mat2str(diff(x)));
fprintf('diff2: %s\n', mat2str(diff(x, 2)));
fprintf('same: %s\n', sprintf('%.3f ', conv(x, b, 'same')));
fprintf('valid: %s\n', sprintf('%.3f ', conv(x, b, 'valid')));
M = [1 2 3; 4 6 8; 9 12 15];
fprintf('filter cols: %s\n', mat2str(filter([1 -1], 1, M)));
fprintf('filter dim2: %s\n', mat2str(filter([1 -1], 1, M, [], 2)));
fprintf('diff dim 2: %s\n', mat2str(diff(M, 1, 2)));
peaks = find(x(2:end-1) > x(1:end-2) & x(2:end-1) > x(3:end)) + 1;
fprintf('local maxima at %s\n', mat2str(peaks));
d = detrend_lin(x);
fprintf('detrended range %.4f\n', max(d) - min(d));
fprintf('movmean %s\n', sprintf('%.3f ', movmean(x, 3)));
fprintf('movsum %s\n', mat2str(movsum(x, [1 0])));

function d = detrend_lin(x)
  n = numel(x);
  t = 1:n;
  p = polyfit(t, x, 1);
  d = x - polyval(p, t);
end
