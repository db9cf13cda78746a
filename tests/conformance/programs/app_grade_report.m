% Grade report: a matrix of scores with names, weighted averages, letter grades by thresholds,
% per-assignment stats, ranking, and a class histogram.
names = {'Avery', 'Blake', 'Casey', 'Devon', 'Emery', 'Finley'};
scores = [92 85 78; 67 74 80; 88 91 95; 55 62 48; 79 83 77; 95 70 88];
weights = [0.3 0.3 0.4];
avg = scores * weights';
letters = repmat('F', numel(names), 1);
cut = [90 80 70 60];
grades = 'ABCD';
for k = 1:numel(avg)
  g = find(avg(k) >= cut, 1);
  if ~isempty(g)
    letters(k) = grades(g);
  end
end
[~, order] = sort(avg, 'descend');
fprintf('%-4s %-8s %6s %5s\n', 'rank', 'name', 'avg', 'grade');
for r = 1:numel(order)
  k = order(r);
  fprintf('%-4d %-8s %6.2f %5s\n', r, names{k}, avg(k), letters(k));
end
fprintf('assignment means: %s\n', sprintf('%.2f ', mean(scores)));
fprintf('assignment std:   %s\n', sprintf('%.3f ', std(scores)));
[best, who] = max(scores);
for j = 1:3
  fprintf('best on #%d: %s (%d)\n', j, names{who(j)}, best(j));
end
fprintf('passing: %s\n', strjoin(names(avg >= 60), ', '));
for g = 'ABCDF'
  fprintf('%c: %s\n', g, repmat('*', 1, sum(letters == g)));
end
improved = scores(:, 3) > scores(:, 1);
fprintf('improved: %d of %d\n', nnz(improved), numel(improved));
curve = min(scores + 5, 100);
fprintf('curved max %d min %d\n', max(curve(:)), min(curve(:)));
z = (avg - mean(avg)) / std(avg);
fprintf('z-scores: %s\n', sprintf('%+.3f ', z));
