% A function's input that fails its arguments block's validator is MATLAB's error when the function is called.
% EXPECTED: hand-written from MATLAB's documentation (Function Argument Validation; mustBePositive's
% message); Octave 7.3 applies no argument validation.
fprintf('%g\n', halve(8));
fprintf('%g\n', halve(-2));  % fails here
fprintf('not reached\n');

function y = halve(x)
  arguments
    x (1,1) double {mustBePositive}
  end
  y = x / 2;
end
