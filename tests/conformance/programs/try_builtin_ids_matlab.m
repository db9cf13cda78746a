% EXPECTED: hand-written
% Identifiers and messages of errors raised by built-in operations, caught and printed
% (MATLAB R2022a+ identifiers and texts; Octave 7 uses its own Octave:* identifiers):
% index out of range MATLAB:badsubscript, incompatible sizes MATLAB:sizeDimensionsMustMatch,
% matrix product MATLAB:innerdim, missing field MATLAB:nonExistentField, operator on a cell
% MATLAB:UndefinedFunction, error() with an id and without; MException objects thrown and
% wrapped (Octave 7 has no MException constructor).
try
  x = [1 2 3];
  y = x(5);
catch err
  fprintf('%s\n%s\n', err.identifier, err.message);
end
try
  a = [1 2 3] + [1 2];
catch err
  fprintf('%s\n%s\n', err.identifier, err.message);
end
try
  p = ones(2, 3) * ones(2, 3);
catch err
  fprintf('%s\n', err.identifier);
end
try
  s.a = 1;
  v = s.b;
catch err
  fprintf('%s\n%s\n', err.identifier, err.message);
end
try
  c = {1, 2};
  d = c + 1;
catch err
  fprintf('%s\n%s\n', err.identifier, err.message);
end
try
  error('my:id', 'with %s', 'id');
catch err
  fprintf('[%s] [%s]\n', err.identifier, err.message);
end
try
  error('no id here');
catch err
  fprintf('[%s] [%s]\n', err.identifier, err.message);
end
ME = MException('calc:neg', 'Negative input %d', -4);
fprintf('%s %s %d\n', ME.identifier, ME.message, isa(ME, 'MException'));
try
  throw(ME);
catch err
  fprintf('thrown: %s\n', err.message);
end
try
  try
    error('inner:fail', 'inner failure');
  catch inner
    outer = MException('outer:fail', 'outer wraps: %s', inner.message);
    throw(outer);
  end
catch e
  fprintf('%s / %s\n', e.identifier, e.message);
end
