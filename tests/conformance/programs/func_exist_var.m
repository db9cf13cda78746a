% exist('x', 'var') and exist('x'): variables of the workspace at that point
% (a script's, a function's, inputs not passed), builtins.
fprintf('%d %d\n', exist('a', 'var'), exist('a'));
a = 3;
fprintf('%d %d\n', exist('a', 'var'), exist('a'));
for k = 1:2
  if k == 2
    b = k;
  end
  fprintf('%d %d\n', k, exist('b', 'var'));
end
if a > 5
  c = 1;
end
fprintf('%d\n', exist('c', 'var'));
if ~exist('opts', 'var')
  opts = struct('n', 4);
end
fprintf('%d %d\n', opts.n, exist("opts", "var"));
fprintf('%d\n', exist('with_default', 'var'));
fprintf('%d %d\n', exist('sin'), exist('sin', 'builtin'));
fprintf('%d\n', exist('no_such_name_here'));
fprintf('%d\n', with_default(1));
fprintf('%d\n', with_default(1, 5));
fprintf('%d\n', with_default(1, [1 2 3]));
fprintf('%d\n', count_given());
fprintf('%d\n', count_given(1, 'x'));

function y = with_default(a, b)
  if ~exist('b', 'var')
    b = 2;
  end
  y = a + sum(b);
end

function n = count_given(p, q)
  n = 10 * exist('p', 'var') + exist('q', 'var');
end
