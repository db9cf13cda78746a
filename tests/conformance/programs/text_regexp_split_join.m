str = 'x=12, y=345, z=6';
m = regexp(str, '\d+', 'match');
fprintf('match: %d:', numel(m)); fprintf(' [%s]', m{:}); fprintf('\n');
t = regexp(str, '(\w)=(\d+)', 'tokens');
fprintf('tokens: %d\n', numel(t));
for k = 1:numel(t)
  fprintf('  %s -> %s\n', t{k}{1}, t{k}{2});
end
n = regexp(str, '(?<name>\w)=(?<value>\d+)', 'names');
fprintf('names: %d %s=%s %s=%s\n', numel(n), n(1).name, n(1).value, n(3).name, n(3).value);
s = regexp(str, ',\s*', 'split');
fprintf('split: %d:', numel(s)); fprintf(' [%s]', s{:}); fprintf('\n');
[tok, mat] = regexp('key: value', '(\w+): (\w+)', 'tokens', 'match');
fprintf('two selectors: %s %s [%s]\n', tok{1}{1}, tok{1}{2}, mat{1});
t = regexp('abc123', '([a-z]+)(\d+)', 'tokens', 'once');
fprintf('tokens once: %s %s\n', t{1}, t{2});
m = regexp('no digits here', '\d', 'match');
fprintf('no match: %d %d\n', size(m));
[s, e, te, m] = regexp('aXbXc', 'X');
fprintf('default outputs: %s| %s| %d| %s\n', sprintf('%d ', s), sprintf('%d ', e), numel(te), m{2});
te = regexp('ab12', '([a-z]+)(\d+)', 'tokenExtents', 'once');
fprintf('tokenExtents: %d %d %d %d\n', te);
s = regexp('a1b2c', '\d', 'split');
fprintf('split ends: %d [%s] [%s]\n', numel(s), s{1}, s{end});
c = strsplit('a b  c');
fprintf('strsplit default: %d:', numel(c)); fprintf(' [%s]', c{:}); fprintf('\n');
c = strsplit('a,b,,c', ',');
fprintf('strsplit comma: %d:', numel(c)); fprintf(' [%s]', c{:}); fprintf('\n');
