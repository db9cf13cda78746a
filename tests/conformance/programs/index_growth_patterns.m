% Growing and shrinking arrays by assignment: A(r, c) beyond the size (zero fill), appending
% rows and columns with end+1, growth of empties and of char and logical arrays, deleting
% rows/columns with masks, and assignment of scalars to ranges.
A = [];
A(2, 3) = 1;
fprintf('%s\n', mat2str(A));
A(:, end+1) = [7; 8];
fprintf('%s\n', mat2str(A));
A(end+1, :) = 9;
fprintf('%s\n', mat2str(A));
A(1, :) = [];
fprintf('%s\n', mat2str(A));
A(:, [true false true false]) = [];
fprintf('%s\n', mat2str(A));
x = [];
x(5) = 2;
fprintf('%s\n', mat2str(x));
x(2:3) = -1;
fprintf('%s\n', mat2str(x));
x([1 end]) = [10 20];
fprintf('%s\n', mat2str(x));
y = zeros(1, 0);
for k = 1:4
  y(end+1) = k;
end
fprintf('%s\n', mat2str(y));
s = 'ab';
s(5) = 'e';
fprintf('%s %d\n', mat2str(double(s)), length(s));
L = true(1, 2);
L(4) = true;
fprintf('%s %s\n', mat2str(L), class(L));
M = magic(4);
M(M > 10) = 0;
fprintf('%s\n', mat2str(M));
M(2:3, 2:3) = [1 2; 3 4];
fprintf('%s\n', mat2str(M));
M(:, 1) = [];
fprintf('%s\n', mat2str(size(M)));
M(:) = 1:numel(M);
fprintf('%s\n', mat2str(M));
B = eye(2);
B(3, 3, 2) = 5;
fprintf('%s %d\n', mat2str(size(B)), nnz(B));
c = cell(1, 2);
c(4) = {'x'};
fprintf('%d %d\n', numel(c), isempty(c{3}));
v = 1:10;
v(v > 3 & mod(v, 2) == 0) = [];
fprintf('%s\n', mat2str(v));
r = 1:5;
r(end:-1:1) = r;
fprintf('%s\n', mat2str(r));
w = [1 2 3];
w(:) = 0;
fprintf('%s\n', mat2str(w));
