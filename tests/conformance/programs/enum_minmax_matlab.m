% max and min of enumeration members: of an enumeration derived from a numeric class (Level <
% uint8, Grade < int16) they compare the members' values and give the members (of a row, a
% column, along a dimension, with the index output, of two members); with a number the values;
% of a plain enumeration, whose members have no order, they are undefined.
% EXPECTED: hand-written from MATLAB's documentation (Enumerations Derived from Built-In
% Classes: "the subclass inherits ordering and arithmetic operations that you can apply to the
% enumerated names"; Refer to Enumerations: members stand for the superclass's values where
% one is needed; an enumeration not derived from a built-in class defines no ordering, and
% max of it is MATLAB's undefined-function error); Octave 7.3 cannot parse an enumeration block.
x = [Level.Medium, Level.High, Level.Low];
m = max(x);
fprintf('%s %s\n', class(m), char(m));
[m, i] = min(x);
fprintf('%s %s %d\n', class(m), char(m), i);
m = max(Level.Low, Level.High);
fprintf('%s %s\n', class(m), char(m));
m = min(Level.Medium, [Level.Low, Level.High]);
fprintf('%s %s %s\n', class(m), char(m(1)), char(m(2)));
y = max(x, 6);
fprintf('%s %d %d %d\n', class(y), y);
g = [Grade.High; Grade.Low; Grade.Mid];
[m, i] = max(g);
fprintf('%s %s %d\n', class(m), char(m), i);
m = min([Grade.High Grade.Low; Grade.Mid Grade.High], [], 2);
fprintf('%s %d %d: %s %s\n', class(m), size(m), char(m(1)), char(m(2)));
try
  max([WeekDays.Monday WeekDays.Tuesday])
catch e
  fprintf('%s\n%s\n', e.identifier, e.message);
end
try
  min(WeekDays.Wednesday)
catch e
  fprintf('%s\n%s\n', e.identifier, e.message);
end
