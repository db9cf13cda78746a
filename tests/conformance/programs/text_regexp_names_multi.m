% regexp in data extraction: 'names' over several matches (a struct array), 'tokens' with
% several groups, 'split' with captured delimiters, lookahead, lazy quantifiers, anchors,
% regexprep with backreferences and a cell of patterns, regexpi.
s = 'alpha=1; beta=22; gamma=333';
kv = regexp(s, '(?<key>\w+)=(?<val>\d+)', 'names');
fprintf('%d pairs\n', numel(kv));
for k = 1:numel(kv)
  fprintf('  %s -> %d\n', kv(k).key, str2double(kv(k).val));
end
t = regexp('2023-10-05T14:30:00', '(\d+)-(\d+)-(\d+)T(\d+):(\d+)', 'tokens', 'once');
fprintf('date parts: %s\n', strjoin(t, ' '));
v = str2double(t);
fprintf('minutes since midnight: %d\n', v(4) * 60 + v(5));
m = regexp('<b>bold</b> and <i>it</i>', '<(\w)>.*?</\1>', 'match');
fprintf('lazy tags: %s\n', strjoin(m, ' | '));
m = regexp('price: $42.50, tax: $3.40', '\$(\d+\.\d+)', 'tokens');
p = cellfun(@(c) str2double(c{1}), m);
fprintf('prices %s total %.2f\n', mat2str(p), sum(p));
m = regexp('foo1 bar2 foo3', 'foo(?=\d)', 'start');
fprintf('lookahead starts: %s\n', mat2str(m));
fprintf('anchored: %d %d\n', ~isempty(regexp('abc123', '^[a-z]+\d+$', 'once')), ~isempty(regexp('abc123x', '^[a-z]+\d+$', 'once')));
fprintf('%s\n', regexprep('John Smith', '(\w+) (\w+)', '$2, $1'));
fprintf('%s\n', regexprep('a1b22c333', '\d+', '#'));
fprintf('%s\n', regexprep('  many   spaces  here ', '\s+', ' '));
fprintf('%s\n', regexprep('abc', {'a', 'c'}, {'A', 'C'}));
fprintf('%d\n', numel(regexpi('One two THREE', '[a-z]+', 'match')));
words = regexp('one, two;three  four', '[,;\s]+', 'split');
fprintf('%d: %s\n', numel(words), strjoin(words, '|'));
[tok, mat] = regexp('x=1,y=2', '(\w)=(\d)', 'tokens', 'match');
fprintf('%s %s / %s %s\n', tok{2}{1}, tok{2}{2}, mat{1}, mat{2});
c = regexp({'a1', 'b', 'c3'}, '\d', 'match');
fprintf('cell input: %d %d %d\n', numel(c{1}), numel(c{2}), numel(c{3}));
email = {'john@example.com', 'bad.address', 'x_y@mail.org'};
ok = ~cellfun(@isempty, regexp(email, '^[\w.]+@\w+\.\w+$', 'once'));
fprintf('valid emails: %s\n', mat2str(ok));
