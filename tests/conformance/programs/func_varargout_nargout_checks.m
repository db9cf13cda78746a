% nargout-dependent outputs, varargin counts, varargout filled to nargout, an error id from a validating local function, a warning silenced by identifier.
function func_varargout_nargout_checks
  [a, b] = mean_and_spread([1 2 3 4]);
  fprintf('%g %g\n', a, b);
  a = mean_and_spread([1 2 3 4]);
  fprintf('%g\n', a);
  fprintf('%d\n', count_inputs(1, 'x', {}));
  fprintf('%d\n', count_inputs());
  [p, q, r] = multiples_of(7);
  fprintf('%g %g %g\n', p, q, r);
  try
    require_nonnegative(-1);
  catch err
    fprintf('%s: %s\n', err.identifier, err.message);
  end
  warning('off', 'my:warn');
  warning('my:warn', 'should not print');
  warning('on', 'my:warn');
end

function [m, s] = mean_and_spread(v)
  m = mean(v);
  if nargout > 1
    s = std(v);
  end
end

function n = count_inputs(varargin)
  n = nargin;
end

function varargout = multiples_of(x)
  for k = 1:nargout
    varargout{k} = x * k;
  end
end

function require_nonnegative(x)
  if x < 0
    error('checked:negative', 'Input must be non-negative, got %g.', x);
  end
end
