% Word frequency of a paragraph: lower, regexp split on non-letters, unique with counts,
% sort by count then alphabetically, a containers.Map tally, and a formatted top list.
txt = ['The engine started. The engine stopped; the pump started again, ' ...
       'and the pump ran until the tank was empty. Empty tank, stopped pump.'];
words = regexp(lower(txt), '[a-z]+', 'match');
fprintf('%d words, %d distinct\n', numel(words), numel(unique(words)));
[u, ~, j] = unique(words);
counts = accumarray(j(:), 1)';
[~, order] = sortrows([-counts' (1:numel(u))']);
for k = 1:5
    i = order(k);
    fprintf('%-8s %2d %s\n', u{i}, counts(i), repmat('#', 1, counts(i)));
end
tally = containers.Map('KeyType', 'char', 'ValueType', 'double');
for k = 1:numel(words)
    w = words{k};
    if tally.isKey(w), tally(w) = tally(w) + 1; else, tally(w) = 1; end
end
fprintf('map: the=%d pump=%d empty=%d\n', tally('the'), tally('pump'), tally('empty'));
long = u(cellfun(@numel, u) >= 6);
fprintf('long words: %s\n', strjoin(long, ' '));
lens = cellfun(@numel, words);
fprintf('mean length %.4f, longest %d\n', mean(lens), max(lens));
sentences = strtrim(strsplit(txt, {'.', ';'}));
sentences = sentences(~cellfun(@isempty, sentences));
for k = 1:numel(sentences)
    fprintf('%d: %s (%d words)\n', k, sentences{k}, numel(strsplit(sentences{k}, ' ')));
end
caps = regexprep(txt, '(^|\. )([a-z])', '$1$2');
fprintf('%d capitals\n', sum(isstrprop(caps, 'upper')));
fprintf('%s\n', upper(u{1}(1)));
first = cellfun(@(w) w(1), u);
fprintf('%s\n', first);
[c, ia] = setdiff(u, {'the', 'and', 'was'});
fprintf('%d content words, first %s at %d\n', numel(c), c{1}, ia(1));
