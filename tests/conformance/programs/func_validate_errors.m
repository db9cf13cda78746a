% error handling with try/catch, error identifiers, validation
function func_validate_errors()
  vals = {4, -1, 'x', [1 2]};
  for i = 1:numel(vals)
    try
      r = safe_sqrt(vals{i});
      fprintf('ok %.4f\n', r);
    catch err
      fprintf('caught [%s] %s\n', err.identifier, err.message);
    end
  end
  try
    a = [1 2 3];
    b = a(5);
  catch e
    fprintf('index error caught: %d\n', ~isempty(e.message));
  end
  try
    error('simple message %d', 42);
  catch e
    fprintf('%s|%s\n', e.message, e.identifier);
  end
  w = warning('off', 'all');
  fprintf('done\n');
  x = validate_positive(3);
  fprintf('%d\n', x);
  assert(x == 3, 'x must be 3');
  fprintf('assert passed\n');
end

function r = safe_sqrt(v)
  if ~isnumeric(v)
    error('demo:type', 'input must be numeric, got %s', class(v));
  end
  if ~isscalar(v)
    error('demo:size', 'input must be scalar');
  end
  if v < 0
    error('demo:neg', 'negative input %g', v);
  end
  r = sqrt(v);
end

function x = validate_positive(x)
  validateattributes(x, {'numeric'}, {'positive'});
end
