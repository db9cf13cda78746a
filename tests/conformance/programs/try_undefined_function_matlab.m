% EXPECTED: hand-written
% A call to a function that does not exist, inside try, is a run-time error that catch sees:
% identifier MATLAB:UndefinedFunction and the text "Undefined function 'NAME' for input
% arguments of type 'CLASS'." (MATLAB's wording; Octave 7 says "'NAME' undefined").
try
  y = no_such_function_abc(3);
  fprintf('not reached %g\n', y);
catch err
  fprintf('%s\n%s\n', err.identifier, err.message);
end
try
  z = another_missing_fn('text', 2);
catch err
  fprintf('%s\n%s\n', err.identifier, err.message);
end
fprintf('after\n');
