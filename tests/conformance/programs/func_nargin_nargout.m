% nargin and nargout inside functions: defaults, optional outputs.
fprintf('%g\n', scale(3));
fprintf('%g\n', scale(3, 10));
fprintf('%g\n', scale(3, 10, 1));
report(1);
report(1, 2);
report();
count_outputs();
a = count_outputs();
[a, b] = count_outputs();
[~, ~, c] = count_outputs();
fprintf('values %d %d %d\n', a, b, c);
x = maybe_expensive([1 2 3]);
fprintf('one output: %d\n', x);
[x, y] = maybe_expensive([1 2 3]);
fprintf('two outputs: %d %d\n', x, y);
fprintf('in an expression nargout is 1: %d\n', count_outputs() + 0);

function y = scale(x, factor, offset)
  if nargin < 2
    factor = 2;
  end
  if nargin < 3
    offset = 0;
  end
  y = x * factor + offset;
end

function report(a, b) %#ok<INUSD>
  fprintf('report called with %d argument(s)\n', nargin);
end

function [a, b, c] = count_outputs()
  fprintf('nargout = %d\n', nargout);
  a = 1; b = 2; c = 3;
end

function [s, slow] = maybe_expensive(v)
  s = sum(v);
  if nargout > 1
    fprintf('computing second output\n');
    slow = prod(v);
  end
end
