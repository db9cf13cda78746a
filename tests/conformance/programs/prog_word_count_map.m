% Word frequencies with containers.Map: counting, keys in sorted order, values, isKey,
% remove, numeric-keyed maps, and a top-k list sorted by count then word.
text = ['It was the best of times, it was the worst of times, it was the age of ' ...
        'wisdom, it was the age of foolishness, it was the epoch of belief'];
words = regexp(lower(text), '[a-z]+', 'match');
fprintf('%d words\n', numel(words));
counts = containers.Map();
for i = 1:numel(words)
    w = words{i};
    if isKey(counts, w)
        counts(w) = counts(w) + 1;
    else
        counts(w) = 1;
    end
end
fprintf('%d distinct words\n', counts.Count);
k = keys(counts);
v = cell2mat(values(counts));
fprintf('first keys: %s\n', strjoin(k(1:4), ' '));
% sort by count descending, ties alphabetical (keys are already sorted, sort is stable)
[vs, order] = sort(v, 'descend');
fprintf('top words:\n');
for i = 1:5
    fprintf('  %-8s %d\n', k{order(i)}, vs(i));
end
fprintf('count of "times": %d, has "dog": %d\n', counts('times'), isKey(counts, 'dog'));
remove(counts, 'the');
fprintf('after remove: %d keys, length %d\n', counts.Count, length(counts));
sel = values(counts, {'it', 'was'});
fprintf('values of it/was: %d %d\n', sel{:});

% numeric keys
m = containers.Map('KeyType', 'double', 'ValueType', 'any');
for n = [10 3 7 3 10 10]
    if m.isKey(n)
        m(n) = [m(n), n];
    else
        m(n) = n;
    end
end
ks = m.keys();
for i = 1:numel(ks)
    fprintf('key %d -> %s\n', ks{i}, mat2str(m(ks{i})));
end

% map built from cell arrays
units = containers.Map({'m', 'cm', 'mm', 'km'}, {1, 0.01, 0.001, 1000});
meas = {'12 cm', '3 km', '450 mm', '2 m'};
total = 0;
for i = 1:numel(meas)
    parts = strsplit(meas{i});
    total = total + str2double(parts{1}) * units(parts{2});
end
fprintf('total length %.3f m\n', total);
fprintf('KeyType %s, %d units\n', units.KeyType, units.Count);
