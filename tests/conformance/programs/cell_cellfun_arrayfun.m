% cellfun, arrayfun and structfun: handles to builtins and to local
% functions, anonymous functions, names as text (builtins, local functions,
% cellfun's legacy names), several outputs, 'UniformOutput', false, and
% 'ErrorHandler'.
c = {[1 2 3], [], 'abc', {4, 5}, magic(3)};
fprintf('%d ', cellfun(@isempty, c)); fprintf('\n');
fprintf('%d ', cellfun('isempty', c)); fprintf('\n');
fprintf('%d ', cellfun(@numel, c)); fprintf('\n');
fprintf('%d ', cellfun('length', c)); fprintf('\n');
fprintf('%d ', cellfun('ndims', c)); fprintf('\n');
fprintf('%d ', cellfun('prodofsize', c)); fprintf('\n');
fprintf('%d ', cellfun('size', c, 2)); fprintf('\n');
fprintf('%d ', cellfun('isclass', c, 'char')); fprintf('\n');
fprintf('%d ', cellfun(@ischar, c)); fprintf('\n');
fprintf('%s\n', class(cellfun(@isempty, c)));
[r, k] = cellfun(@size, c);
fprintf('%d %d\n', [r; k]);
x = cellfun(@(v) sum(v(:)) * 2, {1, [2 3], magic(4)});
fprintf('%g ', x); fprintf('\n');
fprintf('%g ', cellfun(@twice, {1, 2.5, -3})); fprintf('\n');
fprintf('%g ', cellfun('twice', {4, 5})); fprintf('\n');
up = cellfun(@upper, {'ab', 'cde'}, 'UniformOutput', false);
fprintf('%s|', up{:}); fprintf('\n');
up2 = cellfun('upper', {'xy', 'z'}, 'uniformoutput', 0);
fprintf('%s|', up2{:}); fprintf('\n');
fprintf('%g ', cellfun(@(a, b) a + b, {1, 2, 3}, {10, 20, 30})); fprintf('\n');
m = cellfun(@(v) v * 2, {1, 2; 3, 4});
fprintf('%d %d %g %g %g %g\n', size(m), m);
e = cellfun(@numel, {});
fprintf('%d %d %s\n', size(e), class(e));
e2 = cellfun(@numel, cell(0, 3), 'UniformOutput', false);
fprintf('%d %d %s\n', size(e2), class(e2));
sq = arrayfun(@(v) v^2, [1 2 3; 4 5 6]);
fprintf('%d %d: ', size(sq)); fprintf('%g ', sq); fprintf('\n');
fprintf('%g ', arrayfun(@twice, 1:4)); fprintf('\n');
fprintf('%g ', arrayfun(@(a, b) max(a, b), [1 5 3], [4 2 6])); fprintf('\n');
rows = arrayfun(@(n) 1:n, 1:3, 'UniformOutput', false);
for q = 1:numel(rows), fprintf('%g ', rows{q}); fprintf('\n'); end
[mx, ix] = arrayfun(@largest, [3 -1 0]);
fprintf('%g %g\n', [mx; ix]);
fprintf('%d ', arrayfun(@(ch) ch == 'a', 'banana')); fprintf('\n');
fprintf('%s\n', class(arrayfun(@(v) v > 1, [1 2 3])));
fprintf('%s\n', class(arrayfun(@(v) int8(v), [1 2 3])));
s = struct('name', {'ann', 'bob', 'cy'}, 'age', {31, 42, 27});
fprintf('%g ', arrayfun(@(p) p.age, s)); fprintf('\n');
names = arrayfun(@(p) upper(p.name), s, 'UniformOutput', false);
fprintf('%s ', names{:}); fprintf('\n');
t.a = 1; t.b = [2 3]; t.c = 'xyz';
fprintf('%g ', structfun(@numel, t)); fprintf('\n');
doubled = structfun(@(v) [v v], t, 'UniformOutput', false);
fprintf('%g ', doubled.a, doubled.b); fprintf('\n');
fprintf('%s\n', doubled.c);
safe = cellfun(@checked, {1, -2, 3}, 'ErrorHandler', @onError);
fprintf('%g ', safe); fprintf('\n');
msgs = cellfun(@checked, {4, -5}, 'ErrorHandler', @describe, 'UniformOutput', false);
fprintf('%g\n', msgs{1});
fprintf('%s\n', msgs{2});
fprintf('%g ', arrayfun(@checked, [2 -1], 'ErrorHandler', @(err, v) -100 * err.index)); fprintf('\n');
n = cellfun(@(v) numel(v), c(1:2));
fprintf('%d ', n); fprintf('\n');

function y = twice(x)
  y = 2 * x;
end

function y = checked(x)
  if x < 0
    error('demo:negative', 'negative input %d', x);
  end
  y = sqrt(x);
end

function [m, i] = largest(n)
  [m, i] = max([n, 2 * n, 1]);
end

function y = onError(err, x)
  y = -1;
end

function y = describe(err, x)
  y = sprintf('%s / %s / %d / %g', err.identifier, err.message, err.index, x);
end
