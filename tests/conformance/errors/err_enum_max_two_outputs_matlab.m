% [m, i] = max(a, b) of enumeration members: two operands with two outputs is MATLAB's
% error for max of any class (the members are compared by their values, so max of two
% members is the superclass's max), not an empty index.
% EXPECTED: hand-written from MATLAB's documentation of max ("[M,I] = max(___)" takes one
% array; "C = max(A,B)" returns one output) and its message for the two-operand form with
% two outputs; Octave 7.3 cannot parse an enumeration block.
m = max(Level.Low, Level.High);
fprintf('%s\n', char(m));
[m, i] = max(Level.Low, Level.High);  % fails here
fprintf('not reached %d\n', i);
