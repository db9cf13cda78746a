% containers.Map: methods called with dot syntax and their arguments
% (m.values(keyCell) is values(m, keyCell)), and what numel, length and size
% count (length and size(m, 1) the pairs, numel the one map object)
m = containers.Map({'c', 'a', 'b'}, {30, 10, 20});
v = m.values({'c', 'a'});
fprintf('%d %d\n', v{:});
v = m.values({'b'; 'c'});
fprintf('%d x %d: %d %d\n', size(v, 1), size(v, 2), v{:});
v = m.values();
fprintf('%d ', v{:});
fprintf('\n');
k = m.keys;
fprintf('%s', k{:});
fprintf('\n');
fprintf('%d %d %d\n', numel(m), length(m), m.length());
fprintf('%d ', size(m));
fprintf('\n');
fprintf('%d %d %d\n', size(m, 1), size(m, 2), m.Count);
[r, c] = size(m);
fprintf('%d %d\n', r, c);
fprintf('%d %d\n', m.isKey('a'), m.isKey('z'));
tf = m.isKey({'a', 'z'; 'b', 'c'});
fprintf('%d', tf);
fprintf('\n');
m.remove({'a', 'b'});
fprintf('%d %d %d\n', numel(m), length(m), m.Count);
e = containers.Map('KeyType', 'double', 'ValueType', 'any');
fprintf('%d %d %d %d\n', numel(e), length(e), isempty(e), size(e, 1));
e(2) = 'two';
e(1) = [1 2 3];
w = e.values({2, 1});
fprintf('%s %d\n', w{1}, numel(w{2}));
