% Showing an object of a class with a disp method (a statement without a semicolon): the name, then the disp method's text, framed as MATLAB frames an object's display, for a variable, an assignment, ans, an object known at run time only (from a cell), an inherited disp and a handle class, in format loose and compact; fmt = format gives the current settings.
% EXPECTED: hand-written from MATLAB's documentation (Overloading the disp Function: display "prints the name
% of the variable that is being displayed, if an assignment is made, or otherwise uses ans", then calls the
% overloaded disp; format: "compact" suppresses the blank lines; fmt = format returns the current
% NumericFormat and LineSpacing), framed as mcc frames MATLAB's display of objects and structs
% (runtime-support/src/format/DISPLAY.md: a blank line first, "name = ", a blank line, the value, a blank
% line). Octave 7.3 prints no blank line first and has no fmt = format.
t = Temp();
t
u = Temp()
h = Hot();
h
c = {t, h, 4};
c{2}
x = c{1}
d = Dial();
d.turn();
d
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
