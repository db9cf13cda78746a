% EXPECTED: hand-written (MATLAB's documentation of MException's stack property and of dbstack: an Nx1 struct array with fields file, name and line, innermost frame first, local functions named file>name; Octave 7 names and counts frames differently)
% MException.stack: the functions and lines of the calls in progress when
% an error was raised, through local functions, cellfun, rethrow, throw
% and throwAsCaller.
try
  outer_fn(3);
catch err
  show_stack(err);
end
try
  index_fn([1 2 3], 5);
catch err
  fprintf('%s\n', err.identifier);
  show_stack(err);
end
try
  cellfun(@check_positive, {1, -2});
catch err
  show_stack(err);
end
try
  try
    outer_fn(1);
  catch inner
    rethrow(inner);
  end
catch err
  show_stack(err);
end
try
  throw_fn();
catch err
  show_stack(err);
end
try
  as_caller_fn();
catch err
  show_stack(err);
end
ME = MException('demo:made', 'never thrown');
fprintf('%d %d %d\n', size(ME.stack, 1), size(ME.stack, 2), numel(err.cause));

function outer_fn(n)
  inner_fn(n);
end
function inner_fn(n)
  error('demo:fail', 'failed with %d', n);
end
function r = index_fn(v, k)
  r = v(k);
end
function r = check_positive(x)
  if x < 0
    error('demo:neg', 'negative');
  end
  r = true;
end
function throw_fn()
  ME = MException('demo:thrown', 'thrown here');
  throw(ME);
end
function as_caller_fn()
  ME = MException('demo:caller', 'from the caller');
  throwAsCaller(ME);
end
function show_stack(err)
  s = err.stack;
  fprintf('%s: %d frames\n', err.message, numel(s));
  for k = 1:numel(s)
    fprintf('  %s line %d, file ok %d\n', s(k).name, s(k).line, endsWith(s(k).file, 'try_catch_stack_matlab.m'));
  end
end
