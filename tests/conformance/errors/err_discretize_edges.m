% discretize with edges that do not increase is refused.
% EXPECTED: hand-written (MATLAB raises this error; Octave 7 has no discretize)
fprintf('%g\n', discretize(2.5, [1 2 3]));
b = discretize(2.5, [3 2 1]);
