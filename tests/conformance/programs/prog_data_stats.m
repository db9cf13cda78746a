% Statistics of a measurement table (rows = samples, columns = channels): mean, median,
% mode, std, var along both dimensions, normalisation with implicit expansion,
% correlation, outlier removal by z-score, percentiles by hand and moving averages.
D = [12.1 30.5 0.51;
     11.8 31.2 0.49;
     12.6 29.8 0.55;
     35.0 30.1 0.50;
     12.0 30.9 0.48;
     11.9 31.5 0.52;
     12.3 30.0 0.47];
fprintf('size %dx%d\n', size(D));
fprintf('mean    %s\n', sprintf('%9.4f', mean(D)));
fprintf('median  %s\n', sprintf('%9.4f', median(D)));
fprintf('std     %s\n', sprintf('%9.4f', std(D)));
fprintf('var     %s\n', sprintf('%9.4f', var(D)));
fprintf('std pop %s\n', sprintf('%9.4f', std(D, 1)));
fprintf('row means %s\n', sprintf('%.3f ', mean(D, 2)));
fprintf('min %s max %s range %s\n', mat2str(min(D)), mat2str(max(D)), mat2str(max(D) - min(D), 4));
fprintf('mode of ints: %d, of ties %d\n', mode([3 1 2 3 2 5]), mode([4 4 1 1]));
% z-scores with implicit expansion
Zs = (D - mean(D)) ./ std(D);
fprintf('z-scores column means ~0: %d\n', all(abs(mean(Zs)) < 1e-12));
out = any(abs(Zs) > 2, 2);
fprintf('outlier rows: %s\n', mat2str(find(out)'));
C = D(~out, :);
fprintf('cleaned mean %s\n', sprintf('%9.4f', mean(C)));
R = corrcoef(C(:, 1), C(:, 2));
fprintf('corrcoef(1,2) = %.4f, symmetric %d\n', R(1, 2), R(1, 2) == R(2, 1));
K = cov(C);
fprintf('cov diag %s\n', sprintf('%.5f ', diag(K)));
% normalise to [0,1]
N = (D - min(D)) ./ (max(D) - min(D));
fprintf('normalised column 2: %s\n', sprintf('%.3f ', N(:, 2)));
% percentiles by sorting (nearest rank)
x = sort(D(:, 2));
pr = @(p) x(max(1, ceil(p / 100 * numel(x))));
fprintf('p25 %.1f p50 %.1f p90 %.1f\n', pr(25), pr(50), pr(90));
% moving average with a loop and with movmean
y = D(:, 1)';
ma = zeros(size(y));
for i = 1:numel(y)
    lo = max(1, i - 1); hi = min(numel(y), i + 1);
    ma(i) = mean(y(lo:hi));
end
fprintf('loop moving mean: %s\n', sprintf('%.3f ', ma));
fprintf('movmean agrees: %d\n', max(abs(movmean(y, 3) - ma)) < 1e-12);
fprintf('cumulative mean: %s\n', sprintf('%.2f ', cumsum(y) ./ (1:numel(y))));
fprintf('sum all %.2f, mean all %.4f\n', sum(D(:)), mean(D(:)));
fprintf('nan-aware: mean %g, max %g, sum %g\n', mean([1 NaN 3]), max([1 NaN 3]), sum([1 NaN 3]));
v = [2 NaN 4];
fprintf('ignoring NaN by mask: %g\n', mean(v(~isnan(v))));
fprintf('prctile-free quartiles of 1:9: %g %g\n', median(1:4), median(6:9));
fprintf('round/fix/floor/ceil of -2.5: %g %g %g %g\n', round(-2.5), fix(-2.5), floor(-2.5), ceil(-2.5));
fprintf('round to decimals: %.4f\n', round(pi * 1000) / 1000);
