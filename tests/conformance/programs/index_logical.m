% Logical indexing: masks on vectors and matrices, shapes of results.
x = [5 -2 8 0 -7 3];
p = x(x > 0);
fprintf('positives: '); fprintf('%d ', p); fprintf('(size %d %d)\n', size(p));
fprintf('x(logical([1 0 1])): '); fprintf('%d ', x(logical([1 0 1]))); fprintf('\n');
fprintf('none selected: size %d %d\n', size(x(x > 100)));
fprintf('all selected: %d\n', numel(x(true(1, 6))));
c = x';
fprintf('column source: size %d %d\n', size(c(c > 0)));
A = [1 2 3; 4 5 6];
m = A(A > 2);
fprintf('matrix mask: '); fprintf('%d ', m); fprintf('(size %d %d)\n', size(m));
fprintf('matrix mask none: size %d %d\n', size(A(A > 10)));
fprintf('row mask on matrix rows: '); fprintf('%d ', A(logical([0 1]), :)); fprintf('\n');
fprintf('column mask: '); fprintf('%d ', A(:, logical([1 0 1]))); fprintf('\n');
fprintf('mask via find: %d\n', isequal(x(x < 0), x(find(x < 0))));
fprintf('count: %d\n', numel(find(mod(1:20, 3) == 0)));
% masks combined with &, |, ~
y = x(x > 0 & mod(x, 2) == 1);
fprintf('positive odd: '); fprintf('%d ', y); fprintf('\n');
y = x(~(x == 0));
fprintf('nonzero: '); fprintf('%d ', y); fprintf('\n');
% NaN filtering
z = [1 NaN 3 NaN 5];
fprintf('without NaN: '); fprintf('%g ', z(~isnan(z))); fprintf('\n');
% mask with a char array
s = 'Hello World';
fprintf('upper letters: %s\n', s(s >= 'A' & s <= 'Z'));
fprintf('no spaces: %s\n', s(s ~= ' '));
% mask of a 3-D array
B = reshape(1:8, 2, 2, 2);
fprintf('3-D mask: '); fprintf('%d ', B(B > 5)); fprintf('(size %d %d)\n', size(B(B > 5)));
