% Cell arrays of character vectors: strcmp and relatives element-wise,
% sort, upper/strtrim/strrep over cells, strjoin, strsplit, cellstr, and
% x(idx{:}) with a list of indices.
c = {'apple', 'banana', 'cherry'};
fprintf('%d', strcmp(c, 'banana')); fprintf('\n');
fprintf('%d\n', any(strcmp('cherry', c)));
fprintf('%d', strcmpi(c, 'BANANA')); fprintf('\n');
fprintf('%d', strncmp(c, 'ch', 2)); fprintf('\n');
s = sort({'pear', 'apple', 'fig'});
fprintf('%s ', s{:}); fprintf('\n');
[~, order] = sort({'b', 'c', 'a'});
fprintf('%g ', order); fprintf('\n');
u = upper(c);
fprintf('%s ', u{:}); fprintf('\n');
x = strrep(c, 'a', 'A');
fprintf('%s ', x{:}); fprintf('\n');
t = strtrim({'  a ', 'b  '});
fprintf('[%s]', t{:}); fprintf('\n');
fprintf('%s\n', strjoin(c, ', '));
fprintf('%s\n', strjoin({'x', 'y'}));
p = strsplit('a,b,,c', ',');
fprintf('%d:', numel(p)); fprintf('%s|', p{:}); fprintf('\n');
w = strsplit('  one two   three ');
fprintf('%d\n', numel(w));
cs = cellstr(['ab '; 'cde']);
fprintf('[%s][%s]\n', cs{:});
idx = {2, 3};
A = magic(4);
fprintf('%g\n', A(idx{:}));
sel = {':', 1};
fprintf('%g ', A(sel{:})); fprintf('\n');
m = {1, 'a'; 2, 'b'};
for col = m
  fprintf('%s %d %s\n', class(col), numel(col), class(col{2}));
end
st = struct('n', {'x', 'y'});
fprintf('%s\n', strjoin({st.n}, '-'));
q = {};
q(3) = {5};
fprintf('%d %d %g\n', numel(q), isempty(q{1}), q{3});
