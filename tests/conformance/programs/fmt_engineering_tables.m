% Engineering report tables: unit conversion columns, per-sensor statistics with padded labels, ind2sub/sub2ind, prctile/quantile/zscore/corrcoef, histc/hist, movmean/cummax/rescale.
T = [0 20 40 60 80 100];
F = T*9/5 + 32;
K = T + 273.15;
fprintf('%8s %8s %8s\n', 'Celsius', 'Fahr', 'Kelvin');
fprintf('%8.1f %8.1f %8.2f\n', [T; F; K]);
data = [23.5 19.1 30.2; 18.7 22.4 25.9; 21.0 20.5 28.8];
fprintf('%-10s', 'Sensor'); fprintf('%10s', 'Mean', 'Std', 'Range'); fprintf('\n');
for k = 1:3
  col = data(:, k);
  fprintf('%-10s%10.3f%10.3f%10.3f\n', sprintf('S%d', k), mean(col), std(col), range(col));
end
fprintf('%s\n', repmat('=', 1, 40));
[mx, imx] = max(data(:));
[r, c] = ind2sub(size(data), imx);
fprintf('max %.1f at row %d col %d\n', mx, r, c);
idx = sub2ind(size(data), [1 3], [2 1]);
fprintf('%g ', data(idx)); fprintf('\n');
pct = prctile([1 2 3 4 5 6 7 8 9 10], [25 50 75]);
fprintf('%g ', pct); fprintf('\n');
q = quantile([3 1 4 1 5 9 2 6], 0.5);
fprintf('%g\n', q);
z = zscore([2 4 4 4 5 5 7 9]);
fprintf('%.4f ', z); fprintf('\n');
R = corrcoef([1 2 3 4], [2 4 6 9]);
fprintf('%.6f\n', R(1, 2));
h = histc([0.5 1.5 1.7 2.2 3.9], [0 1 2 3 4]);
fprintf('%d ', h); fprintf('\n');
[cnt, ctr] = hist([1 2 2 3 3 3 4], 4);
fprintf('%d ', cnt); fprintf('| '); fprintf('%g ', ctr); fprintf('\n');
m = movmean([1 2 3 4 5], 3);
fprintf('%g ', m); fprintf('\n');
cm = cummax([1 3 2 5 4]);
fprintf('%d ', cm); fprintf('\n');
w = rescale([1 2 3], -1, 1);
fprintf('%g ', w); fprintf('\n');
