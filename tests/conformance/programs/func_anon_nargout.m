% Anonymous functions asked for several outputs give those of their body's
% call: a builtin, a function of the program, a captured handle (also one
% passed to a function), through cellfun and into [c{1:2}]; asked for none,
% a body calling a captured handle forwards nargout 0.
f = @() deal(1, 2);
[a, b] = f();
fprintf('deal: %d %d\n', a, b);
g = @(v) max(v);
[m, i] = g([3 9 4]);
fprintf('max: %d at %d, one output: %d\n', m, i, g([4 2]));
h = @(A) size(A);
[r, c] = h(zeros(2, 5));
fprintf('size: %d %d\n', r, c);
[r, c, p] = h(zeros(2, 5, 3));
fprintf('size: %d %d %d\n', r, c, p);
q = cell(1, 2);
[q{1:2}] = f();
fprintf('list: %d %d\n', q{:});
cc = {[1 5 2], [7 3], 4};
[mx, ix] = cellfun(@(v) max(v), cc);
fprintf('cellfun: %s / %s\n', sprintf('%d ', mx), sprintf('%d ', ix));
[mn, in] = arrayfun(@(k) min([k 2 -k]), 1:3);
fprintf('arrayfun: %s / %s\n', sprintf('%d ', mn), sprintf('%d ', in));
g2 = @(x) g(x);
[m2, i2] = g2([1 8 2]);
fprintf('captured handle: %d %d\n', m2, i2);
ap = @(fn, x) fn(x);
[m5, i5] = ap(@(v) max(v), [3 1 7 2]);
fprintf('parameter handle: %d %d\n', m5, i5);
[m3, i3] = apply2(g, [5 6 1]);
fprintf('passed: %d %d\n', m3, i3);
[m4, i4] = apply2(@(x) pair(x), 7);
fprintf('program function: %d %d\n', m4, i4);
[s1, s2, s3] = feval(@(x) spread(x), 10);
fprintf('varargout: %d %d %d\n', s1, s2, s3);
[t1, t2] = cellfun(@spread, {1, 2});
fprintf('cellfun of varargout: %d %d %d %d\n', t1, t2);
k = @() fprintf('hi\n');
k2 = @() k();
k2();
n = @(x) nouts(x);
n(1);
[~, ~] = n(2);
function [a, b] = apply2(fn, x)
  [a, b] = fn(x);
end
function [a, b] = pair(x)
  a = x;
  b = 2 * x;
end
function varargout = spread(x)
  for k = 1:nargout
    varargout{k} = x + k;
  end
end
function varargout = nouts(x)
  fprintf('nouts(%d): nargout %d\n', x, nargout);
  varargout = cell(1, nargout);
  for k = 1:nargout
    varargout{k} = k;
  end
end
