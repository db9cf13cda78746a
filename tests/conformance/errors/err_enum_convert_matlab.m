% Converting text that names no member of an enumeration class: an error where the conversion is
% called.
% EXPECTED: hand-written from MATLAB's documentation (Refer to Enumerations, "Conversion of
% Characters to Enumerations": only a char vector that "represents an enumeration member
% defined by the class" converts); the documentation gives no message text, so the facts
% checked are the offending name, the class, and the place. Octave 7.3 cannot parse an
% enumeration block.
names = {'Monday', 'Sunday'};
for k = 1:numel(names)
  d = WeekDays(names{k});  % fails here for Sunday
  fprintf('%s\n', char(d));
end
fprintf('not reached\n');
