% onCleanup in a function with a nested function that shares it.
% EXPECTED: hand-written from MATLAB's documentation (onCleanup: "When the
% function terminates, MATLAB clears the cleanup object and runs the
% cleanup function"; a nested function shares its parent's workspace,
% which ends with the parent's call when no handle to the nested function
% outlives it). Octave 7.3 never runs this cleanup function.
withNested();
fprintf('after withNested\n');

function withNested()
  c = onCleanup(@() fprintf('nested cleanup\n'));
  report();
  fprintf('end of withNested\n');
  function report()
    fprintf('in the nested function: %s\n', class(c));
  end
end
