% EXPECTED: hand-written (Octave 7 differs from MATLAB; see tests/conformance/README.md)
% interp1's default extrapolation (MATLAB's interp1 documentation): points
% outside the sample points are NaN for 'linear', 'nearest', 'previous' and
% 'next', while 'pchip' and 'spline' extrapolate with their end pieces.
% Octave 7 gives NA for all methods. interp2 outside its grid is NaN.
x = [1 2 4 5];
v = [10 20 15 0];
fprintf('linear: %g %g %g\n', interp1(x, v, [0 3 6]));
fprintf('nearest: %g %g\n', interp1(x, v, [0 6], 'nearest'));
fprintf('previous: %g %g\n', interp1(x, v, [0.5 5.5], 'previous'));
fprintf('next: %g %g\n', interp1(x, v, [0.5 5.5], 'next'));
fprintf('pchip: %.10g %.10g\n', interp1(x, v, [0.5 6], 'pchip'));
fprintf('spline: %.10g %.10g\n', interp1(x, v, [0.5 6], 'spline'));
fprintf('interp2: %g\n', interp2([1 2; 3 4], 3, 1));
