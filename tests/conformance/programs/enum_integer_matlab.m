% Enumerations derived from built-in numeric classes (Bearing.m < uint32 and PPM.m < double in
% enum_integer_matlab.files): converting a member to its superclass, arithmetic on a member (a
% result of the superclass), comparisons of members and numbers, NAME(value), and a switch
% whose cases are members given members and numbers (PPMSwitch.m); fprintf and sprintf format a
% member as its value; a member isa its superclass.
% EXPECTED: hand-written from MATLAB's documentation (Define Enumeration Classes: "Convert to
% Superclass Value"; Refer to Enumerations: PPM and PPMSwitch, "levelNew = level + 100 ...
% The result is of class double"; Enumerations Derived from Built-In Classes); Octave 7.3
% cannot parse an enumeration block.
a = Bearing.East;
b = uint32(a);
fprintf('%s %s %d\n', class(a), class(b), b);
d = double(Bearing.South);
fprintf('%s %g\n', class(d), d);
level = PPM.High;
levelNew = level + 100;
fprintf('%s %g\n', class(levelNew), levelNew);
c = a + 5;
fprintf('%s %d\n', class(c), c);
w = Bearing.West - Bearing.East;
fprintf('%s %d\n', class(w), w);
t = Bearing.East * 2;
fprintf('%s %d\n', class(t), t);
fprintf('%d %d %d\n', Bearing.North < Bearing.South, Bearing.West <= Bearing.East, PPM.Low > 5);
fprintf('%d %d %d\n', PPM.High == 1000, level == PPM.Medium, Bearing.East ~= 90);
s = Bearing(180);
fprintf('%s %s\n', class(s), char(s));
fprintf('%s\n', char(PPM(10)));
PPMSwitch(100)
PPMSwitch(PPM.Medium)
PPMSwitch(PPM.High)
PPMSwitch(10)
fprintf('%d %s\n', Bearing.West, sprintf('%d,', [Bearing.North, Bearing.South]));
fprintf('%d %d %d\n', isa(Bearing.East, 'uint32'), isa(Bearing.East, 'Bearing'), isa(PPM.Low, 'uint32'));
