% Word frequency count with containers.Map, lower, regexp split, sort by count then word.
txt = ['The cat sat on the mat. The dog sat on the log! ', ...
       'A cat and a dog: the best of friends?'];
words = regexp(lower(txt), '[a-z]+', 'match');
counts = containers.Map('KeyType', 'char', 'ValueType', 'double');
for k = 1:numel(words)
  w = words{k};
  if isKey(counts, w)
    counts(w) = counts(w) + 1;
  else
    counts(w) = 1;
  end
end
fprintf('%d words, %d distinct\n', numel(words), counts.Count);
ks = keys(counts);
vs = cell2mat(values(counts));
[~, order] = sort(vs, 'descend');
% stable tie-break: alphabetical (keys are already sorted)
for k = 1:5
  fprintf('%-6s %d\n', ks{order(k)}, vs(order(k)));
end
remove(counts, 'the');
fprintf('after remove: %d distinct, has the: %d\n', counts.Count, isKey(counts, 'the'));
v = values(counts, {'cat', 'dog'});
fprintf('cat=%d dog=%d\n', v{1}, v{2});
lens = cellfun(@length, ks);
fprintf('longest word: %s (%d)\n', ks{find(lens == max(lens), 1)}, max(lens));
m2 = containers.Map({'x', 'y', 'z'}, {10, 'text', [1 2 3]});
fprintf('x=%d y=%s z=%s\n', m2('x'), m2('y'), mat2str(m2('z')));
fprintf('keys: %s\n', strjoin(keys(m2), ','));
m3 = containers.Map({'b', 'a'}, [2 1]);
fprintf('m3 a=%d b=%d type=%s\n', m3('a'), m3('b'), m3.ValueType);
