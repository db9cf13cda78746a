% descriptive statistics on a small data set and grouping
scores = [72 85 90 66 85 77 93 58 85 70];
groups = [1 2 1 2 3 3 1 2 3 1];
fprintf('mean %.3f median %.1f std %.4f var %.4f\n', mean(scores), median(scores), std(scores), var(scores));
fprintf('range %d iqr-ish %d\n', range(scores), prctile_simple(scores));
gm = accumarray(groups', scores', [], @mean);
fprintf('%.3f ', gm); fprintf('\n');
gmax = accumarray(groups', scores', [], @max);
fprintf('%d ', gmax); fprintf('\n');
for g = unique(groups)
  fprintf('group %d: n=%d\n', g, sum(groups == g));
end
z = (scores - mean(scores)) / std(scores);
fprintf('%.3f ', z(1:3)); fprintf('\n');
edges = linspace(min(scores), max(scores), 5); n = histc(scores, edges);
fprintf('%d ', n); fprintf('| '); fprintf('%.2f ', edges); fprintf('\n');
c = corrcoef(scores, groups);
fprintf('%.4f\n', c(1, 2));
M = [scores; groups]';
fprintf('%.3f ', mean(M)); fprintf('\n');
cs = cumsum(scores) ./ (1:numel(scores));
fprintf('%.2f ', cs(end-2:end)); fprintf('\n');
mm = movmean(scores, 3);
fprintf('%.3f ', mm(1:4)); fprintf('\n');
fprintf('%d\n', mode(scores));
fprintf('%.4f\n', skew(scores));

function p = prctile_simple(v)
  s = sort(v);
  n = numel(s);
  p = s(ceil(0.75 * n)) - s(ceil(0.25 * n));
end

function s = skew(v)
  m = mean(v);
  s = mean((v - m).^3) / mean((v - m).^2)^1.5;
end
