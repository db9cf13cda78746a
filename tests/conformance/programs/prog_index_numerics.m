% Everyday numeric indexing: logical masks, find with n and direction, cumsum/cumprod/diff,
% unique with index outputs, histc, accumarray, sort with indices, any/all, nnz.
data = [3 -1 4 1 -5 9 2 -6 5 3 5 -8 9 7 9];
pos = data(data > 0);
fprintf('positives: %s\n', mat2str(pos));
fprintf('first 3 negatives at %s, last 2 at %s\n', mat2str(find(data < 0, 3)), mat2str(find(data < 0, 2, 'last')));
d = data;
d(d < 0) = 0;
fprintf('clipped: %s\n', mat2str(d));
fprintf('cumsum: %s\n', mat2str(cumsum(data)));
fprintf('cumprod of 1:6: %s\n', mat2str(cumprod(1:6)));
fprintf('diff: %s\n', mat2str(diff(data(1:6))));
fprintf('second diff: %s\n', mat2str(diff(data(1:6), 2)));
[u, ia, ic] = unique(data);
fprintf('unique: %s\n', mat2str(u));
fprintf('ia: %s\n', mat2str(ia'));
fprintf('ic: %s\n', mat2str(ic'));
fprintf('reconstructs: %d\n', isequal(u(ic), data));
counts = accumarray(ic(:), 1)';
fprintf('multiplicities: %s\n', mat2str(counts));
fprintf('most common: %d\n', u(find(counts == max(counts), 1)));
n = histc(data, -10:5:10);
fprintf('histc: %s\n', mat2str(n));
% accumarray with sums per group and a function
groups = [1 2 1 3 2 1]';
vals = [10 20 30 40 50 60]';
fprintf('group sums: %s\n', mat2str(accumarray(groups, vals)'));
fprintf('group max: %s\n', mat2str(accumarray(groups, vals, [], @max)'));
fprintf('padded: %s\n', mat2str(accumarray(groups, vals, [4 1])'));
A = accumarray([1 1; 2 2; 1 1; 3 1], [1 2 3 4]);
fprintf('2-D accumarray: %s\n', mat2str(A));
% sort with indices, descending, stable ties
[s, k] = sort([3 1 2 3 1], 'descend');
fprintf('sorted %s idx %s\n', mat2str(s), mat2str(k));
M = [3 1; 1 2; 2 9; 1 1];
fprintf('sortrows: %s\n', mat2str(sortrows(M)));
fprintf('sortrows by col 2 desc: %s\n', mat2str(sortrows(M, -2)));
% max/min with indices and along dims
[mx, im] = max(data);
fprintf('max %d at %d; min over pairs %s\n', mx, im, mat2str(min([1 5; 4 2])));
[cm, ci] = max([1 5; 4 2], [], 2);
fprintf('row max %s at %s\n', mat2str(cm), mat2str(ci));
fprintf('any/all: %d %d %s %s\n', any(data > 8), all(data > -9), mat2str(any([0 0; 0 1])), mat2str(all([1 1; 0 1], 2)));
fprintf('nnz %d, numel %d, cummax %s\n', nnz(data > 4), numel(data), mat2str(cummax([1 3 2 5 4])));
% logical indexing in assignment with a matrix
B = magic(4);
B(B > 10) = -B(B > 10);
fprintf('B: %s\n', mat2str(B));
[r, c] = find(B < 0);
fprintf('negatives at rows %s cols %s\n', mat2str(r'), mat2str(c'));
[r, c, v] = find([0 7; 8 0]);
fprintf('find triple: %s %s %s\n', mat2str(r), mat2str(c), mat2str(v));
idx = sub2ind(size(B), [1 4], [2 3]);
[ri, ci] = ind2sub(size(B), idx);
fprintf('sub2ind %s ind2sub %s %s\n', mat2str(idx), mat2str(ri), mat2str(ci));
fprintf('setdiff %s intersect %s union %s\n', mat2str(setdiff([5 1 3 7], [3 9])), mat2str(intersect([5 1 3 7], [7 5 0])), mat2str(union([3 1], [2 1])));
fprintf('fliplr %s, circshift %s\n', mat2str(fliplr(1:4)), mat2str(circshift(1:5, 2)));
