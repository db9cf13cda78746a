% EXPECTED: hand-written (MATLAB raises this error; Octave 7's integral2 accepts a scalar integrand)
% integral2's integrand must give one value per point (it is called with
% arrays): a constant does not.
q = integral2(@(x, y) x .* y, 0, 1, 0, 1);
fprintf('%.4f\n', q);
q = integral2(@(x, y) 1, 0, 1, 0, 1); % fails here
fprintf('not reached %g\n', q);
