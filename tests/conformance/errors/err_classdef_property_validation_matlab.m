% A property assignment that fails its validation function is MATLAB's error at the assignment.
% EXPECTED: hand-written from MATLAB's documentation (Validate Property Values, "Property Validation
% Errors": the ValueProp example); Octave 7.3 applies no property validation.
g = Gauge();
g.Value = 2;
fprintf('value %g\n', g.Value);
g.Value = -10;  % fails here
fprintf('not reached %g\n', g.Value);
