% EXPECTED: hand-written from MATLAB's documentation (Octave has no throw
% for MException objects, and its run-time error messages and identifiers
% differ from MATLAB's): MException objects, throw, throwAsCaller,
% getReport, and the identifiers of errors raised by the runtime.
ME = MException('my:id', 'made %d of %d', 2, 5);
fprintf('%s | %s | %s\n', class(ME), ME.identifier, ME.message);
try
  throw(ME);
catch e
  fprintf('%s: %s\n', e.identifier, e.message);
end
try
  throwAsCaller(MException('as:caller', 'from the caller'));
catch e
  fprintf('%s: %s\n', e.identifier, e.message);
end
try
  error(MException('via:error', 'error(ME)'));
catch e
  fprintf('%s: %s\n', e.identifier, e.message);
end
x = [1 2 3];
try
  y = x(5);
catch e
  fprintf('%s\n%s\n', e.identifier, e.message);
end
try
  y = x(0);
catch e
  fprintf('%s\n%s\n', e.identifier, e.message);
end
try
  z = [1 2 3] + [1 2];
catch e
  fprintf('%s\n%s\n', e.identifier, e.message);
end
try
  m = [1 2; 3];
catch e
  fprintf('%s\n%s\n', e.identifier, e.message);
end
try
  w = two(1, 2, 3);
catch e
  fprintf('%s\n%s\n', e.identifier, e.message);
end
try
  error('Report:me', 'the report');
catch e
  fprintf('%s\n', getReport(e, 'basic'));
  fprintf('%s\n', getReport(MException('not:raised', 'no stack')));
end
fprintf('%d %d\n', isa(e, 'MException'), isa(x, 'MException'));

function y = two(a, b)
  y = a + b;
end
