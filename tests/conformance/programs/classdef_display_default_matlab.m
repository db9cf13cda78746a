% The display of an object whose class has no disp method: MATLAB's default one (a header naming the class, then the properties as a struct's fields are shown), for a value and a handle class, a class without properties, a deleted handle, an object known at run time only, disp(obj), and an object as a struct's field or a cell's element.
% EXPECTED: hand-written from MATLAB's documentation (Custom Display Interface, "Default Object Display":
% a header showing the class name, then the nonhidden public properties in the order of their definition,
% with special displays for a scalar handle to a deleted object and objects without properties), laid out as
% MATLAB shows a struct (format short, loose). Octave 7.3 shows "<object Pt>".
p = Pt(3, 4)
p.where = Pt();
disp(p)
m = Meter();
m
c = {p, m, Empty()};
c{3}
e = c{3}
delete(m)
m
s.obj = p
c
