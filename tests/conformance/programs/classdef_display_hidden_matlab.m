% The default display of objects whose classes have properties that are not publicly readable
% (Access or GetAccess private or protected) or Hidden: only the others are shown, in the order
% of their definition, for a value class, a subclass (the superclass's non-public ones hidden
% too), a handle class whose every property is hidden, disp(obj), and an array of objects.
% EXPECTED: hand-written from MATLAB's documentation (Custom Display Interface, "Default Object
% Display": "the nonhidden public properties in the order of their definition"; a property with
% private or protected GetAccess is not public); laid out as classdef_display_default_matlab.
% Octave 7.3 hides the same properties but shows "Acct object with properties:" with the values'
% sizes in alphabetical order.
a = Acct(25)
disp(a)
s = Shared()
k = Secret()
v = [Acct(1), Acct(2)]
