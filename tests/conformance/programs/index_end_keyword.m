% `end` in indexing: arithmetic, ranges, nesting, per-dimension meaning.
x = 10:10:100;
fprintf('%d %d %d\n', x(end), x(end / 2), x(round(end / 3)));
fprintf('x(end-2:end): '); fprintf('%d ', x(end - 2:end)); fprintf('\n');
fprintf('x(end:-3:1): '); fprintf('%d ', x(end:-3:1)); fprintf('\n');
fprintf('x([1 end]): '); fprintf('%d ', x([1 end])); fprintf('\n');
fprintf('x(min(end, 20)) = %d\n', x(min(end, 20)));
y = [3 1 2];
% end refers to the innermost array being indexed
fprintf('x(y(end)) = %d\n', x(y(end)));
fprintf('x(y(end) + end - 3) = %d\n', x(y(end) + end - 3));
A = magic_like();
fprintf('A(end,1) = %d, A(1,end) = %d, A(end) = %d\n', A(end, 1), A(1, end), A(end));
fprintf('A(end-1:end, end) = '); fprintf('%d ', A(end - 1:end, end)); fprintf('\n');
fprintf('A(end, end-1) = %d\n', A(end, end - 1));
fprintf('numel via end: %d\n', A(end) - A(1) + 1);
z = [];
z(end + 1) = 4;
z(end + 1) = 5;
fprintf('appended: '); fprintf('%d ', z); fprintf('(size %d %d)\n', size(z));
B = zeros(2, 0);
B(:, end + 1) = [7; 8];
fprintf('column appended: size %d %d\n', size(B));
s = 'abcdef';
fprintf('%s %s\n', s(end), s(end - 2:end));
n = numel(x);
fprintf('end equals numel: %d\n', x(end) == x(n));

function A = magic_like()
  A = [1 2 3 4; 5 6 7 8; 9 10 11 12];
end
