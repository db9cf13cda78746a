% SetAccess = immutable properties: set by a default and by the class's constructor, also when
% a subclass's constructor calls it (obj@Stamp(...)), and read anywhere.
% EXPECTED: hand-written from MATLAB's documentation (Mutable and Immutable Properties:
% "SetAccess = immutable - Property value is set in the constructor ... Set the value of the
% property as a default or in the class constructor"); Octave 7.3 has no immutable access.
a = Stamp(4);
b = Stamp(5, 'shop');
fprintf('%d %s %s\n', a.serial, a.made, b.describe());
c = LabelStamp(3, 'red');
fprintf('%d %s %s %s\n', c.serial, c.made, c.label, c.describe());
c.label = 'blue';
fprintf('%s %d\n', c.label, isequal(c.serial, 30));
