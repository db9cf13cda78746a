% bsxfun: a column against a row, centring a matrix by its column means, scaling rows,
% comparisons, anonymous functions, 3-D expansion, and the error for mismatched sizes.
A = [1 2 3; 4 5 6; 7 8 10];
C = bsxfun(@minus, A, mean(A));
fprintf('%g ', C); fprintf('\n');
fprintf('%.10f ', sum(C)); fprintf('\n');
R = bsxfun(@rdivide, A, sum(A, 2));
fprintf('%.6f ', R); fprintf('\n');
T = bsxfun(@times, (1:3)', 1:4);
disp(mat2str(T));
G = bsxfun(@gt, A, [2 5 8]);
fprintf('%s %s\n', class(G), mat2str(G));
D = bsxfun(@(x, y) sqrt(x.^2 + y.^2), [3; 6], [4 8]);
disp(mat2str(D));
M = bsxfun(@max, [1 5 2], [3; 0]);
disp(mat2str(M));
P = bsxfun(@plus, reshape(1:2, 1, 1, 2), [10; 20]);
fprintf('%s: %s\n', mat2str(size(P)), mat2str(P(:)'));
fprintf('%s\n', mat2str(bsxfun(@power, [1 2 3], 2)));
fprintf('%s\n', class(bsxfun(@plus, int8([1 2]), int8(100))));
fprintf('%s\n', mat2str(bsxfun(@plus, int8([1 2]), int8(127))));
x = [2 4 6];
d = bsxfun(@minus, x', x);
fprintf('%s\n', mat2str(abs(d)));
try
    bsxfun(@plus, [1 2 3], [1 2]);
catch err
    fprintf('mismatched sizes caught: %d\n', ~isempty(err.message));
end
