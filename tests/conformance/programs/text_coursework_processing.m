% Coursework text processing: word counts with regexp/unique/accumarray, regexprep with ${upper($1)}, strsplit/str2double, key=value tokens, strtrim/deblank/strrep/strfind, named-token replacement, validatestring.
txt = 'The quick brown fox jumps over the lazy dog. The dog sleeps.';
words = regexp(lower(txt), '[a-z]+', 'match');
[u, ~, j] = unique(words);
counts = accumarray(j(:), 1);
[cs, order] = sort(counts, 'descend');
for k = 1:3
  fprintf('%-6s %d\n', u{order(k)}, cs(k));
end
fprintf('%d words, %d unique\n', numel(words), numel(u));
vowels = sum(ismember(lower(txt), 'aeiou'));
fprintf('vowels: %d\n', vowels);
caps = regexprep(txt, '(\w)(\w*)', '${upper($1)}$2');
fprintf('%s\n', caps);
s = sprintf('%s,', words{1:4});
s(end) = [];
fprintf('%s\n', s);
parts = strsplit('2024-03-15', '-');
nums = cellfun(@str2double, parts);
fprintf('%d/%d/%d\n', nums(2), nums(3), nums(1));
line = 'name=John; age=42; city=Paris';
kv = regexp(line, '(\w+)=(\w+)', 'tokens');
for k = 1:numel(kv)
  fprintf('%s -> %s\n', kv{k}{1}, kv{k}{2});
end
fprintf('%s\n', upper(strtrim('  padded  ')));
fprintf('%d\n', length(deblank('abc   ')));
fprintf('%s\n', strrep('aaa', 'aa', 'b'));
fprintf('%d ', strfind('aaaa', 'aa')); fprintf('\n');
fprintf('%s\n', blanks(3), '|');
fprintf('%d\n', strcmpi('ABC', 'abc'));
fprintf('%d\n', strncmp('hello', 'help', 3));
x = 'racecar';
fprintf('%d\n', all(x == fliplr(x)));
fprintf('%s\n', num2str(12345.6789, '%.2f'));
c = num2cell('abc');
fprintf('%s-', c{:}); fprintf('\n');
fprintf('%s\n', char(65:70));
fprintf('%s\n', lower({'AB', 'Cd'}){:});
t = regexp('a1b2c3', '\d', 'match');
fprintf('%s', t{:}); fprintf('\n');
fprintf('%s\n', regexprep('hello', '(l+)', '<$1>'));
fprintf('%s\n', regexprep('abc', '(?<ch>b)', '[$<ch>]'));
n = regexp('abc123', '\d+', 'match', 'once');
fprintf('%d\n', str2num(n) + 1);
fprintf('%s\n', strjoin(cellfun(@(w) [upper(w(1)) w(2:end)], {'ab', 'cd'}, 'UniformOutput', false), ' '));
fprintf('%s|\n', sprintf('%-8s|%8s', 'left', 'right'));
fprintf('%s\n', validatestring('app', {'apple', 'banana'}));
