% Deletion with x(idx) = []: elements, masks, rows, columns.
x = 10:10:60;
x(2) = [];
fprintf('delete one: '); fprintf('%d ', x); fprintf('\n');
x([1 end]) = [];
fprintf('delete first and last: '); fprintf('%d ', x); fprintf('\n');
x(x > 30) = [];
fprintf('delete by mask: '); fprintf('%d ', x); fprintf('(size %d %d)\n', size(x));
x([]) = [];
fprintf('delete nothing: size %d %d\n', size(x));
c = (1:5)';
c([2 4]) = [];
fprintf('column after delete: size %d %d\n', size(c));
A = reshape(1:12, 3, 4);
A(2, :) = [];
fprintf('row deleted (%dx%d):\n', size(A));
fprintf('%d %d %d %d\n', A.');
A(:, [1 3]) = [];
fprintf('columns deleted (%dx%d):\n', size(A));
fprintf('%d %d\n', A.');
A(:, logical([0 1])) = [];
fprintf('column by mask: size %d %d\n', size(A));
C = magic4();
C([1 2], :) = [];
fprintf('two rows deleted: size %d %d\n', size(C));
D = magic4();
D(:, 2:3) = [];
fprintf('middle columns deleted: '); fprintf('%d ', D); fprintf('\n');
s = 'hello world';
s(s == 'o') = [];
fprintf('char delete: %s\n', s);
y = 1:5;
y(1:5) = [];
fprintf('all deleted: size %d %d isempty %d\n', size(y), isempty(y));
z = 1:4;
z(logical([1 0 1 0])) = [];
fprintf('logical delete: '); fprintf('%d ', z); fprintf('\n');

function M = magic4()
  M = [16 2 3 13; 5 11 10 8; 9 7 6 12; 4 14 15 1];
end
