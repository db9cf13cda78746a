% Handle enumerations: each member is one object, whatever names it.
% EXPECTED: hand-written from MATLAB's documentation (Mutable Handle vs. Immutable
% Value Enumeration Members: a handle enumeration member is a single instance, so
% setting its property through any reference changes it for every reference, and
% the property keeps its value; the elements an assignment past the end of an
% array leaves are the first member). Octave 7.3 cannot parse an enumeration block.
a = Light.Kitchen;
a.on = true;
fprintf('%d %d\n', Light.Kitchen.on, Light.Hall.on);
fprintf('%d %d\n', a == Light.Kitchen, a == Light.Hall);
switch a
  case Light.Hall
    disp('hall');
  case Light.Kitchen
    disp('kitchen');
end
fprintf('%s\n', char(Light.Hall));
all = enumeration('Light');
fprintf('%d %s\n', numel(all), class(all));
all(2).on = true;
fprintf('%d\n', Light.Hall.on);
fprintf('%d\n', ismember(Light.Hall, all));
fprintf('%d %d\n', isa(a, 'handle'), isenum(a));
toggle(Light.Hall);
fprintf('%d\n', Light.Hall.on);
row(3) = Light.Hall;
fprintf('%d %d\n', row(1) == Light.Kitchen, row(2) == Light.Kitchen);
row(2).on = false;
fprintf('%d\n', Light.Kitchen.on);
function toggle(l)
  l.on = ~l.on;
end
