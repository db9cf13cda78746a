% containers.Map with numeric keys: KeyType double/int32, ValueType any, keys order, remove, values.
m = containers.Map('KeyType', 'double', 'ValueType', 'any');
m(3) = 'three';
m(1) = [1 1 1];
m(2.5) = {'cell', 2};
m(-4) = struct('a', 1);
fprintf('count %d\n', m.Count);
k = keys(m);
fprintf('keys: %s\n', mat2str(cell2mat(k)));
fprintf('class of key: %s\n', class(k{1}));
fprintf('m(3) = %s, m(1) sum = %d\n', m(3), sum(m(1)));
c = m(2.5);
fprintf('cell: %s %d\n', c{1}, c{2});
s = m(-4);
fprintf('struct a = %d\n', s.a);
fprintf('isKey: %s\n', mat2str(isKey(m, {1, 7, 3})));
remove(m, 1);
fprintf('after remove: %s\n', mat2str(cell2mat(keys(m))));
ids = containers.Map([101 205 330], {'pump', 'valve', 'tank'});
fprintf('%s %s\n', ids(205), ids.KeyType);
fprintf('length %d\n', length(ids));
vals = values(ids, {330, 101});
fprintf('%s %s\n', vals{:});
sq = containers.Map('KeyType', 'int32', 'ValueType', 'double');
for i = 1:5
  sq(i) = i^2;
end
v = values(sq);
fprintf('squares: %s\n', mat2str(cell2mat(v)));
total = 0;
ks = keys(sq);
for i = 1:numel(ks)
  total = total + sq(ks{i});
end
fprintf('sum %d\n', total);
try
  x = ids(999);
catch err
  fprintf('missing key caught: %d\n', ~isempty(err.message));
end
h = containers.Map();
h('k') = 1;
h2 = h;
h2('j') = 2;
fprintf('handle semantics: %d\n', h.Count);
