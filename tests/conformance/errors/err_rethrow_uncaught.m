% rethrow of a caught error that nothing catches again: MATLAB reports the
% error where it was first raised.
try
  error('first:id', 'the first error, %d', 1);
catch e
  fprintf('caught once\n');
  rethrow(e);
end
