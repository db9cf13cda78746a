% EXPECTED: hand-written from MATLAB's documentation (Octave 7 has no
% MException): addCause appends an MException to another's cause property,
% an Nx1 cell in the order added; throw and rethrow keep the causes.
try
  try
    x = [1 2 3];
    y = x(5);
  catch inner
    outer = MException('top:level', 'Could not read %s', 'the data');
    outer = addCause(outer, inner);
    outer = addCause(outer, MException('second:one', 'second cause'));
    throw(outer);
  end
catch ME
  fprintf('%s: %s\n', ME.identifier, ME.message);
  c = ME.cause;
  fprintf('%d causes, %s, %d-by-%d\n', numel(c), class(c), size(c));
  for k = 1:numel(c)
    fprintf('  %s | %s\n', c{k}.identifier, c{k}.message);
  end
end
ME2 = MException('a:b', 'no causes');
fprintf('empty %d %s\n', isempty(ME2.cause), class(ME2.cause));
E = addCause(ME2, MException('c:d', 'why'));
fprintf('%d then %d\n', numel(ME2.cause), numel(E.cause));
try
  rethrow(E);
catch again
  fprintf('rethrown: %s with %d cause: %s\n', again.message, numel(again.cause), again.cause{1}.identifier);
end
