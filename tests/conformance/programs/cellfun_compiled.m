% cellfun and arrayfun forms that compile to loops: a literal anonymous
% function or @numel/@length/@ndims/@isempty over cells (empty slots,
% structs, nested cells among the elements), 'UniformOutput', false over
% cells and double arrays, several cells, captured values, and the forms
% that still go to the runtime (an empty cell, a non-cell input, a
% non-scalar result, an error in the body). Expected output from Octave 7.
c = {1, [1 2 3], 'abcd', {}, [], zeros(2, 3, 4), true, {1, 2}, zeros(3, 0)};
fprintf('numel %s\n', mat2str(cellfun(@numel, c)));
fprintf('length %s\n', mat2str(cellfun(@length, c)));
fprintf('ndims %s\n', mat2str(cellfun(@ndims, c)));
e = cellfun(@isempty, c);
fprintf('isempty %s %s\n', mat2str(e), class(e));
fprintf('slots %s\n', mat2str(cellfun(@numel, cell(2, 2))));
fprintf('slots %s\n', mat2str(cellfun(@isempty, cell(1, 3))));
% a struct array and an object-free struct: their numel
s = {struct('a', {1, 2, 3}), 5, struct('b', 1)};
fprintf('structs %s\n', mat2str(cellfun(@numel, s)));
fprintf('structs %s\n', mat2str(cellfun(@length, s)));

a = 2;
m = cellfun(@(v) numel(v) * a, c);
fprintf('scaled %s\n', mat2str(m));
t = cellfun(@(v) ischar(v) || islogical(v), c);
fprintf('text %s %s\n', mat2str(t), class(t));
fprintf('pairs %s\n', mat2str(cellfun(@(v, w) numel(v) + numel(w), {1, 'ab', []}, {[1 2], 'abc', {}})));
fprintf('shape %s\n', mat2str(size(cellfun(@(v) v * 2, {1, 2; 3, 4; 5, 6}))));
fprintf('empty slot %s\n', mat2str(cellfun(@(v) numel(v) + 1, cell(1, 2))));

d = cellfun(@(v) [v v], {1, 'ab', [3; 4]}, 'UniformOutput', false);
fprintf('cell %s %s %s %s\n', class(d), mat2str(size(d)), mat2str(d{1}), d{2});
fprintf('cell %s\n', mat2str(d{3}));
u = cellfun(@(v) upper(v), {'ab', 'cd'; 'ef', 'gh'}, 'uniformoutput', 0);
fprintf('upper %s %s %s\n', mat2str(size(u)), u{2, 1}, u{1, 2});
w = cellfun(@(v) {v}, {1, 'x'}, 'UniformOutput', false);
fprintf('nested %s %s\n', class(w{1}), class(w{2}{1}));
r = cellfun(@(v) struct('v', v), {7, 8}, 'UniformOutput', false);
fprintf('records %g %g\n', r{1}.v, r{2}.v);
q = arrayfun(@(v) v:3, [1 2 3], 'UniformOutput', false);
fprintf('ranges %s %s %s\n', mat2str(q{1}), mat2str(q{2}), mat2str(q{3}));
g = arrayfun(@(v) v * a, [1 2; 3 4], 'UniformOutput', false);
fprintf('grid %s %g %g\n', mat2str(size(g)), g{2, 1}, g{1, 2});
k = arrayfun(@(x, y) [x y], [1 2], [3 4], 'UniformOutput', false);
fprintf('zip %s %s\n', mat2str(k{1}), mat2str(k{2}));
fprintf('uniform true %s\n', mat2str(cellfun(@(v) numel(v), {1, [2 3]}, 'UniformOutput', true)));

% the order of the calls, with output
order = cellfun(@(v) shout(v), {3, 1, 2});
fprintf('order %s\n', mat2str(order));

% forms the runtime runs
fprintf('empty %s\n', mat2str(size(cellfun(@numel, cell(0, 3)))));
z = cellfun(@(v) v, {}, 'UniformOutput', false);
fprintf('empty cell %s %s\n', class(z), mat2str(size(z)));
try
  cellfun(@numel, [1 2]);
  fprintf('no error\n');
catch
  fprintf('not a cell\n');
end
try
  cellfun(@(v) [v v], {1, 2});
  fprintf('no error\n');
catch
  fprintf('not uniform\n');
end
try
  y = cellfun(@(v) v(3), {[1 2 3], 1});
  fprintf('no error %g\n', y);
catch
  fprintf('index error in the body\n');
end
try
  y = cellfun(@(v) v(2), {[1 2 3], 1}, 'UniformOutput', false);
  fprintf('no error %g\n', y{1});
catch
  fprintf('index error in the body\n');
end

function y = shout(v)
  fprintf('call %d\n', v);
  y = v * 10;
end
