% Enumeration arrays grown past their end.
% EXPECTED: hand-written from MATLAB's documentation (Enumerations:
% "the default value of an enumeration class is the first member defined in
% the enumeration block"; Initialize Object Arrays: the default object fills
% the elements an assignment past the end leaves). Octave 7.3 cannot parse
% enumeration blocks.
% An assignment past the end of an array of members fills the gap with the
% class's default object, its first member, properties and all.
x(3) = Colors.Blue;
fprintf('%s\n', strjoin(cellstr(x), ' '));
fprintf('R: %s\n', mat2str([x.R]));
fprintf('brightness of x(2): %g\n', x(2).brightness());
y = Colors.Gray;
y(2, 2) = Colors.Green;
fprintf('%s\n', strjoin(cellstr(y(:)'), ' '));
fprintf('G: %s\n', mat2str([y.G]));
