% Data summary of exam marks: histcounts with edges and bins, percentiles, mode/median,
% z-scores, discretize into grades, cumulative distribution and a text bar chart.
marks = [55 67 72 88 91 45 78 82 69 73 95 60 58 77 84 90 66 71 79 85];
edges = 40:10:100;
e = edges;
n = arrayfun(@(k) sum(marks >= e(k) & marks < e(k+1)), 1:numel(e)-1);
for k = 1:numel(n)
    fprintf('%3d-%-3d %-8s %d\n', e(k), e(k+1), repmat('*', 1, n(k)), n(k));
end
fprintf('mean %.4f median %.1f mode %d std %.4f var %.4f\n', mean(marks), median(marks), mode(marks), std(marks), var(marks));
fprintf('prctile 25/50/75: %s\n', mat2str(prctile(marks, [25 50 75]), 6));
z = (marks - mean(marks)) / std(marks);
fprintf('z range %.4f .. %.4f\n', min(z), max(z));
gi = arrayfun(@(m) find(m >= [0 60 70 80 90], 1, 'last'), marks);
letters = 'FDCBA';
fprintf('%s\n', letters(gi));
c = cumsum(n) / sum(n);
fprintf('%.2f ', c); fprintf('\n');
[s, i] = sort(marks, 'descend');
fprintf('top 3: %s at %s\n', mat2str(s(1:3)), mat2str(i(1:3)));
fprintf('above mean: %d, pass rate %.1f%%\n', nnz(marks > mean(marks)), 100 * mean(marks >= 60));
fprintf('range %d iqr %.2f\n', range(marks), iqr(marks));
M = reshape(marks, 4, 5);
fprintf('col means: %s\n', mat2str(mean(M), 5));
fprintf('row max: %s\n', mat2str(max(M, [], 2)'));
[mn, where] = min(M(:));
[r, cc] = ind2sub(size(M), where);
fprintf('min %d at (%d,%d)\n', mn, r, cc);
cnts = histc(marks, [0 60 80 101]);
fprintf('histc %s\n', mat2str(cnts));
