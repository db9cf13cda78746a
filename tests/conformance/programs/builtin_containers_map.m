% containers.Map: construction, lookup, insert, replace, keys, values, isKey, remove, Count, length, size
m = containers.Map();
m('beta') = 2;
m('alpha') = 1;
m('Gamma') = [1 2 3];
fprintf('%d %s %s %s\n', m.Count, class(m.Count), m.KeyType, m.ValueType);
k = keys(m);
fprintf('%s ', k{:});
fprintf('| %d %d\n', size(k));
v = values(m);
fprintf('%d ', v{1});
fprintf('| %d %d\n', v{2}, v{3});
fprintf('%d\n', m('alpha') + m('beta'));
m('alpha') = 10;
fprintf('%d %d %d\n', m('alpha'), length(m), isempty(m));
fprintf('%d %d\n', size(m));
fprintf('%d %d\n', isKey(m, 'beta'), isKey(m, 'zeta'));
tf = isKey(m, {'alpha', 'x'; 'beta', 'Gamma'});
fprintf('%s %d %d:', class(tf), size(tf));
fprintf(' %d', tf);
fprintf('\n');
w = values(m, {'beta', 'alpha'});
fprintf('%d %d\n', w{:});
remove(m, 'beta');
fprintf('%d %d\n', m.Count, isKey(m, 'beta'));
remove(m, {'alpha', 'Gamma'});
fprintf('%d %d %d\n', m.Count, length(m), isempty(m));
% one key and its value; a numeric array of values
one = containers.Map('k', 5);
fprintf('%s %s %d %g\n', one.KeyType, one.ValueType, one.Count, one('k'));
s = containers.Map({'a', 'b', 'c'}, [5 6 7]);
fprintf('%s %s %g\n', s.KeyType, s.ValueType, s('b'));
t = containers.Map({'x', 'y'}, {'text', 'more'});
fprintf('%s %s\n', t.ValueType, t('y'));
u = containers.Map({'p', 'q'}, {1, 'mixed'});
fprintf('%s %s\n', u.ValueType, u('q'));
w2 = containers.Map({'p', 'q'}, {1, 2}, 'UniformValues', false);
fprintf('%s %d\n', w2.ValueType, w2('q'));
for key = keys(s)
  fprintf('%s=%g;', key{1}, s(key{1}));
end
fprintf('\n');
fprintf('%s %d %d %d %d\n', class(m), isobject(m), isa(m, 'containers.Map'), isa(m, 'handle'), isstruct(m));
