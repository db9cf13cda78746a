% EXPECTED: hand-written from MATLAB's documentation (Octave 7 has no
% getReport, throw or rethrow methods on its MException): method-call syntax
% on an MException, obj.method(args) being method(obj, args) for getReport,
% throw, rethrow, throwAsCaller and addCause, with or without parentheses,
% as statements and as values; a struct's field of a method's name wins.
ME = MException('my:id', 'made %d of %d', 2, 5);
fprintf('[%s]\n', ME.getReport());
fprintf('[%s]\n', ME.getReport('basic'));
r = ME.getReport;
fprintf('%s [%s]\n', class(r), r);
C = MException('cause:id', 'the cause');
ME = ME.addCause(C);
fprintf('%d %s\n', numel(ME.cause), ME.cause{1}.message);
try
  ME.throw();
catch e
  fprintf('throw: %s | %s | %d\n', e.identifier, e.message, numel(e.cause));
end
try
  ME.throw
catch e
  fprintf('throw without (): %s\n', e.identifier);
end
try
  error('re:id', 'first %s', 'raised');
catch e1
  try
    e1.rethrow();
  catch e2
    fprintf('rethrow: %s | %s\n', e2.identifier, e2.message);
  end
  try
    e1.rethrow;
  catch e3
    fprintf('rethrow without (): %s\n', e3.message);
  end
end
try
  raise_as_caller(MException('as:caller', 'from the caller'));
catch e
  fprintf('throwAsCaller: %s | %s\n', e.identifier, e.message);
end
holder = {ME};
try
  holder{1}.throw();
catch e
  fprintf('from a cell: %s\n', e.message);
end
s.getReport = 5;
s.throw = @(x) x + 1;
fprintf('%d %d\n', s.getReport, s.throw(2));

function raise_as_caller(ME)
  ME.throwAsCaller();
end
