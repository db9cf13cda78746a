% Comparing a member with text that names no member of its class: == converts the text to the
% class first, which fails where the comparison is.
% EXPECTED: hand-written from MATLAB's documentation (Operations on Enumerations,
% "Enumerations and char Vectors in Relational Operations": the char vector is converted to the
% enumeration class before the comparison); the documentation gives no message text, so the
% facts checked are the offending name, the class, and the place. Octave 7.3 cannot parse an
% enumeration block.
today = WeekDays.Friday;
fprintf('%d\n', today == 'Friday');
fprintf('%d\n', today == 'Saturday');  % fails here
fprintf('not reached\n');
