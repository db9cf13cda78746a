% containers.Map with numeric keys and typed values, its handle semantics (copies, functions, structs, cells), method calls
d = containers.Map([3 1 2], {'three', 'one', 'two'});
fprintf('%s %s %d\n', d.KeyType, d.ValueType, d.Count);
dk = keys(d);
fprintf('%g ', dk{:});
fprintf('\n');
fprintf('%s\n', d(2));
d(-10) = 'minus ten';
d(2.5) = 'two and a half';
dk = keys(d);
fprintf('%g ', dk{:});
fprintf('\n');
dv = values(d, {2.5, -10});
fprintf('%s, %s\n', dv{:});
fprintf('%d\n', isKey(d, {1, 4, 'one'}));
n = containers.Map('KeyType', 'int32', 'ValueType', 'double');
n(int32(7)) = 1.5;
n(3) = int8(4);
nk = keys(n);
fprintf('%s %s %s %s\n', n.KeyType, n.ValueType, class(nk{1}), class(n(3)));
fprintf('%d %g %g\n', nk{1}, n(3), n(7));
c = containers.Map('ValueType', 'any', 'KeyType', 'char');
fprintf('%s %s %d\n', c.KeyType, c.ValueType, c.Count);
% copies share the map
m = containers.Map();
m('a') = 1;
m2 = m;
m2('b') = 2;
fprintf('%d %d\n', m.Count, m('b'));
addpair(m, 'c', 3);
fprintf('%d %d\n', m.Count, m('c'));
fprintf('%d\n', countpairs(m));
st.map = m;
st.map('d') = 4;
fprintf('%d %d\n', m.Count, st.map.Count);
cc = {m, 5};
mm = cc{1};
mm('e') = 5;
fprintf('%d %g\n', m.Count, m('e'));
r = m.keys();
fprintf('%s', r{:});
fprintf('\n');
vals = m.values;
fprintf('%g', vals{:});
fprintf('\n');
fprintf('%d %d\n', m.isKey('a'), m.isKey('zz'));
m.remove('e');
fprintf('%d %d\n', m.Count, m.length());

function addpair(map, k, v)
  map(k) = v;
end

function n = countpairs(map)
  n = map.Count + length(map);
end
