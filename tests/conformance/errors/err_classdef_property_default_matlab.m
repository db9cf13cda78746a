% A property default that fails the property's validation is MATLAB's error when the class is used.
% EXPECTED: hand-written from MATLAB's documentation (Validate Property Values, "Order of Validation":
% default values are validated too); Octave 7.3 applies no property validation.
fprintf('before\n');
t = Tank();  % fails here
fprintf('not reached %g\n', t.Level);
