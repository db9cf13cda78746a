% Colon ranges of characters are char: 'a':'e', a step between char ends, a for loop over 'x':'z', colon(), an alphabet table built by concatenation, indexing with a char range.
d = 'a':'e';
fprintf('%s %s %d\n', class(d), d, numel(d));
e = 'a':2:'k';
fprintf('%s %s\n', class(e), e);
for ch = 'x':'z'
  fprintf('%s(%s) ', ch, class(ch));
end
fprintf('\n');
f = double('a'):double('c');
fprintf('%s %d\n', class(f), f(end));
g = colon('a', 'c');
fprintf('%s %s\n', class(g), g);
k = int8(1):int8(3);
fprintf('%s\n', class(k));
hexdigits = ['0':'9' 'A':'F'];
fprintf('%s %s %d\n', class(hexdigits), hexdigits, numel(hexdigits));
up = 'A':'Z';
msg = 'HELLO';
[~, pos] = ismember(msg, up);
fprintf('%d ', pos); fprintf('\n');
rev = 'z':-1:'u';
fprintf('%s\n', rev);
letters = 'a':'z';
fprintf('%s\n', letters(end-2:end));
counts = zeros(1, 26);
for c = 'banana'
  counts(c - 'a' + 1) = counts(c - 'a' + 1) + 1;
end
used = letters(counts > 0);
fprintf('%s: ', used); fprintf('%d ', counts(counts > 0)); fprintf('\n');
