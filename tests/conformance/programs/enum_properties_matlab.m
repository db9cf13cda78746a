% An enumeration class with properties (Colors.m in enum_properties_matlab.files): each member
% is the constructor's object for the member's arguments; reading properties of a member, of
% NAME.M directly and of an array element; methods that read them, called on NAME.M directly too;
% an assignment past the end of an array of members fills the gap with the class's default
% object, its first member, properties and all (Enumerations: "the default value of an
% enumeration class is the first member defined in the enumeration block"; Initialize Object
% Arrays).
% EXPECTED: hand-written from MATLAB's documentation (Enumerations That Encapsulate Data:
% "MATLAB assigns [the property values] in the class constructor"); Octave 7.3 cannot parse an
% enumeration block.
c = Colors.Red;
fprintf('%g %g %g\n', c.R, c.G, c.B);
fprintf('%g\n', Colors.Gray.G);
fprintf('%s %g\n', class(c), brightness(Colors.Gray));
fprintf('%s\n', describe(Colors.Blue));
fprintf('%s\n', c.describe());
set = [Colors.Green, Colors.Gray, Colors.Red];
fprintf('%g ', set(2).R, set(3).R, set(1).G);
fprintf('\n');
total = 0;
for k = 1:numel(set)
  total = total + brightness(set(k));
end
fprintf('%.4f\n', total);
x = Colors('Blue');
fprintf('%g %d\n', x.B, x == Colors.Blue);
fprintf('%s %.4f\n', Colors.Blue.describe(), Colors.Red.brightness);
grown(3) = Colors.Blue;
fprintf('%s\n', strjoin(cellstr(grown), ' '));
fprintf('R: %s\n', mat2str([grown.R]));
fprintf('brightness of grown(2): %g\n', grown(2).brightness());
square = Colors.Gray;
square(2, 2) = Colors.Green;
fprintf('%s\n', strjoin(cellstr(square(:)'), ' '));
fprintf('G: %s\n', mat2str([square.G]));
