% The default display of an object whose class has Dependent properties: they are shown with
% the others, in the order of their definition, with the values their get methods give (not
% the Hidden or private ones), for a value class, a handle class whose value changes, and an
% object known at run time only (a cell's element).
% EXPECTED: hand-written from MATLAB's documentation (Custom Display Interface, "Default Object
% Display": "the nonhidden public properties in the order of their definition"; a Dependent
% property is a public property whose value its get method computes when it is queried);
% laid out as classdef_display_default_matlab. Octave 7.3 shows "<object Rect>".
r = Rect(3, 4)
g = Gauge(2);
g
g.level = 5;
g
c = {Rect(1, 2)};
c{1}
