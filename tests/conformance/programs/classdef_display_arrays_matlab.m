% The display of object arrays, of a handle and of a value class: the size,
% the class and "array with properties:", then the property names; as a
% struct's field or a cell's element, the size and the class.
% EXPECTED: hand-written from MATLAB's documentation (Initialize Object
% Arrays: "a = ... 1x7 SimpleValue array with properties: ... Value";
% Custom Display Interface, "Default Object Display"), laid out as MATLAB
% shows a struct array (format short, loose). Octave 7.3 shows "<object>".
h(2) = Counter(2)
p = [Spot(1, 2), Spot(3, 4), Spot(5, 6)]
s.items = h
c = {h, p}
