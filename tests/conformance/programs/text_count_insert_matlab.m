% EXPECTED: hand-written
% count, insertAfter and insertBefore on char vectors and cellstr (the documentation of each:
% count gives the number of occurrences, which do not overlap, of any of the patterns, with
% 'IgnoreCase'; insertAfter/insertBefore put the new text after/before every occurrence of the
% pattern, or after/before a numeric position). Octave 7 has none of them.
fprintf('%d\n', count('banana', 'a'));
fprintf('%d\n', count('banana', 'ana'));
fprintf('%s\n', mat2str(count({'aXa', 'xx'}, 'x', 'IgnoreCase', true)));
fprintf('%d\n', count('abcabc', {'a', 'bc'}));
fprintf('%s\n', insertAfter('abcb', 'b', '-'));
fprintf('%s\n', insertBefore('abcb', 'b', '-'));
fprintf('%s\n', insertAfter('hello', 2, '_'));
fprintf('%s\n', insertBefore('hello', 1, '>'));
c = insertAfter({'a.txt', 'b.m'}, '.', 'x');
fprintf('%s %s\n', c{:});
words = {'the', 'cat', 'the', 'hat'};
fprintf('%d\n', sum(count(words, 'the')));
