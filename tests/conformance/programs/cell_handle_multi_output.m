% [a, b] = c{k}(args): a function handle taken from a cell and called with
% several outputs (named functions, an anonymous deal, a computed index,
% an ignored output), as Octave and MATLAB allow.
c = {@sin, @max, @(x) deal(x, 2 * x), @size};
[m, i] = c{2}([3 9 2]);
fprintf('%g %g\n', m, i);
[a, b] = c{3}(7);
fprintf('%g %g\n', a, b);
k = 4;
[r, q] = c{k}(ones(2, 5));
fprintf('%d %d\n', r, q);
[~, j] = c{2}([5 1 8 3]);
fprintf('%d\n', j);
for t = 2:3
  [u, v] = c{t}([4 6]);
  fprintf('%s %s\n', mat2str(u), mat2str(v));
end
