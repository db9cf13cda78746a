% Cell arrays: literals, brace and paren indexing, growth, deletion, nesting.
c = {1, 'abc', [1 2 3]};
fprintf('%d %s %d\n', numel(c), class(c), iscell(c));
x = c{1};
fprintf('%g\n', x + 1);
fprintf('%s\n', c{2});
v = c{3};
fprintf('%g ', v); fprintf('\n');
d = c(2:3);
fprintf('%s %d %d\n', class(d), size(d, 1), size(d, 2));
fprintf('%s\n', d{1});
c{5} = 'five';
fprintf('%d %d\n', numel(c), isempty(c{4}));
c(2) = [];
fprintf('%d %s\n', numel(c), c{end});
n = {1, {2, {3, 'deep'}}};
inner = n{2}{2};
fprintf('%s %g\n', inner{2}, inner{1});
e = {};
fprintf('%d %d %d\n', isempty(e), size(e, 1), size(e, 2));
for k = 1:4
  e{end+1} = k * 10;
end
s = 0;
for k = 1:numel(e)
  s = s + e{k};
end
fprintf('%d %g\n', numel(e), s);
m = {1, 2; 'a', 'b'};
fprintf('%d %d %s\n', size(m, 1), size(m, 2), m{2, 1});
m{3, 3} = 9;
fprintf('%d %d %d\n', size(m, 1), size(m, 2), isempty(m{3, 1}));
t = m';
fprintf('%d %d %s\n', size(t, 1), size(t, 2), t{1, 2});
w = [c, {7, 8}];
fprintf('%d %g\n', numel(w), w{end});
z = cell(2, 3);
fprintf('%d %d %d\n', size(z, 1), size(z, 2), isempty(z{2, 2}));
q = c;
q{1} = 100;
fprintf('%g %g\n', c{1}, q{1});
