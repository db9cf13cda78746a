% Helper-function patterns of a function file: a nested accumulator, nargout-dependent outputs,
% validation with error identifiers, type dispatch with isnumeric/ischar, varargin collection,
% and applying a handle n times.
function func_helpers_patterns
  r = outer(3);
  fprintf('%d\n', r);
  [s, c] = stats([4 8 15 16 23 42]);
  fprintf('%.4f %d\n', s, c);
  try
    checkpos(-1);
  catch e
    fprintf('%s | %s\n', e.identifier, e.message);
  end
  fprintf('%s\n', describe(5));
  fprintf('%s\n', describe('x'));
  fprintf('%s\n', describe({1}));
  fprintf('%d\n', numel(collect(1, 2, 3)));
  out = apply_n(@(x) x * 2, 1, 5);
  fprintf('%d\n', out);
end

function r = outer(n)
  total = 0;
  function bump(k)
    total = total + k;
  end
  for i = 1:n
    bump(i);
  end
  r = total;
end

function [s, c] = stats(v)
  s = std(v);
  if nargout > 1
    c = numel(v);
  end
end

function checkpos(x)
  if x <= 0
    error('check:notPositive', 'Value must be positive, got %g.', x);
  end
end

function d = describe(x)
  if isnumeric(x)
    d = sprintf('number %g', x);
  elseif ischar(x)
    d = ['text ' x];
  else
    d = ['other ' class(x)];
  end
end

function c = collect(varargin)
  c = varargin;
end

function x = apply_n(f, x, n)
  for k = 1:n
    x = f(x);
  end
end
