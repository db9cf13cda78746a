% The set functions on cellstr with their options: unique's 'first'/'last'
% and 'stable' (positions ia), setdiff/intersect/union with 'stable' and
% their index outputs, rows and columns mixed, ismember of a char vector in
% a cellstr (with its position).
c = {'pear', 'apple', 'fig', 'apple', 'kiwi', 'fig'};
[u, ia, ic] = unique(c);
fprintf('unique: %s| %s| %s\n', sprintf('%s ', u{:}), sprintf('%d ', ia), sprintf('%d ', ic));
[u, ia] = unique(c, 'stable');
fprintf('stable: %s| %s\n', sprintf('%s ', u{:}), sprintf('%d ', ia));
[u, ia] = unique(c, 'last');
fprintf('last: %s| %s\n', sprintf('%s ', u{:}), sprintf('%d ', ia));
[u, ia] = unique(c, 'first');
fprintf('first: %s| %s\n', sprintf('%s ', u{:}), sprintf('%d ', ia));
[u, ia, ic] = unique(c');
fprintf('column: %d %d, %d %d, %d %d\n', size(u), size(ia), size(ic));
s = {'kiwi', 'apple', 'pear'};
[tf, loc] = ismember('pear', s);
fprintf('ismember char: %d %d\n', tf, loc);
[tf, loc] = ismember({'kiwi', 'plum'; 'pear', 'apple'}, s);
fprintf('ismember cellstr: %s| %s| %d %d\n', sprintf('%d ', tf), sprintf('%d ', loc), size(tf));
d = {'fig', 'plum', 'apple'};
[r, ir] = setdiff(c, d);
fprintf('setdiff: %s| %s\n', sprintf('%s ', r{:}), sprintf('%d ', ir));
[r, ir] = setdiff(c, d, 'stable');
fprintf('setdiff stable: %s| %s\n', sprintf('%s ', r{:}), sprintf('%d ', ir));
[r, ia, ib] = intersect(c, d);
fprintf('intersect: %s| %s| %s\n', sprintf('%s ', r{:}), sprintf('%d ', ia), sprintf('%d ', ib));
[r, ia, ib] = union(c, d);
fprintf('union: %s| %s| %s\n', sprintf('%s ', r{:}), sprintf('%d ', ia), sprintf('%d ', ib));
r = union(c, d, 'stable');
fprintf('union stable: %s\n', sprintf('%s ', r{:}));
r = union({'x'; 'y'}, {'z', 'x'});
fprintf('union column and row: %d %d\n', size(r));
r = setdiff({'a'; 'b'; 'c'}, {'b'});
fprintf('setdiff column: %s%d %d\n', sprintf('%s ', r{:}), size(r));
[r, ia, ib] = setxor(c, d);
fprintf('setxor: %s| %s| %s\n', sprintf('%s ', r{:}), sprintf('%d ', ia), sprintf('%d ', ib));
r = intersect({'a', 'b'}, {'c'});
fprintf('empty intersect: %d %d\n', size(r));
