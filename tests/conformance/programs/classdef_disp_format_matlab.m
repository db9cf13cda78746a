% Showing an object of a class with a disp method in format compact (no blank lines around its disp text) and loose; fmt = format gives the current settings.
% EXPECTED: hand-written from MATLAB's documentation (format: "compact" suppresses the blank lines of the
% display; fmt = format returns the current NumericFormat and LineSpacing; display prints the variable's name
% and calls disp). Octave 7.3 has no fmt = format.
t = Temp();
fmt = format;
fprintf('%s %s\n', fmt.NumericFormat, fmt.LineSpacing);
format compact
t
fmt = format;
fprintf('%s %s\n', fmt.NumericFormat, fmt.LineSpacing);
format long
fmt = format;
fprintf('%s %s\n', fmt.NumericFormat, fmt.LineSpacing);
format
t
