% fillmissing with a method it does not know is refused.
% EXPECTED: hand-written (MATLAB raises this error; Octave 7 has no fillmissing)
x = [1 NaN 3];
fprintf('%g\n', sum(fillmissing(x, 'linear')));
y = fillmissing(x, 'average');
