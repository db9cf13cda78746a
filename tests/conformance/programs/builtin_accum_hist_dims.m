% Group statistics and histograms: accumarray with size, function and fill, histc,
% cumsum/cumprod/diff along dims, any/all along dims.
subs = [1; 2; 1; 3; 2; 1];
vals = [10; 20; 30; 40; 50; 60];
fprintf('sum %s\n', mat2str(accumarray(subs, vals)'));
fprintf('count %s\n', mat2str(accumarray(subs, 1)'));
fprintf('max %s\n', mat2str(accumarray(subs, vals, [], @max)'));
fprintf('mean %s\n', mat2str(accumarray(subs, vals, [4 1], @mean)'));
fprintf('fill %s\n', mat2str(accumarray(subs, vals, [5 1], @sum, -1)'));
g = accumarray([1 1; 2 2; 1 1; 2 1], [1 2 3 4]);
fprintf('2d %s\n', mat2str(g));
c = accumarray(subs, vals, [], @(x) {sort(x)'});
fprintf('cell groups: %s %s %s\n', mat2str(c{1}), mat2str(c{2}), mat2str(c{3}));
data = [1 2 2 3 3 3 4 7 8 9.5 10];
n = histc(data, 0:2:10);
fprintf('histc %s\n', mat2str(n));
A = [1 2 3; 4 5 6];
fprintf('cumsum 1 %s\n', mat2str(cumsum(A)));
fprintf('cumsum 2 %s\n', mat2str(cumsum(A, 2)));
fprintf('cumprod 2 %s\n', mat2str(cumprod(A, 2)));
fprintf('diff 1 %s\n', mat2str(diff(A)));
fprintf('sum 2 %s prod 1 %s\n', mat2str(sum(A, 2)), mat2str(prod(A)));
B = [0 1 0; 0 1 1];
fprintf('any %s all %s\n', mat2str(any(B)), mat2str(all(B)));
fprintf('any 2 %s all 2 %s\n', mat2str(any(B, 2)), mat2str(all(B, 2)));
fprintf('any all %d %d\n', any(B(:)), all(B(:)));
fprintf('empty: any %d all %d\n', any([]), all([]));
fprintf('mean 2 %s\n', mat2str(mean(A, 2)));
fprintf('cumsum reverse %s\n', mat2str(fliplr(cumsum(fliplr([1 2 3 4])))));
bins = discretize_like([0.5 1.5 2.5 9], [0 1 2 3]);
fprintf('bins %s\n', mat2str(bins));

function b = discretize_like(x, edges)
  b = zeros(size(x));
  for k = 1:numel(x)
    j = find(x(k) >= edges(1:end-1) & x(k) < edges(2:end), 1);
    if isempty(j)
      b(k) = NaN;
    else
      b(k) = j;
    end
  end
end
