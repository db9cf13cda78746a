% classdef value classes with inheritance (Shape.m, Circle.m, Square.m, Ring.m in classdef_inherit_value.files): inherited properties with their defaults and methods, overrides, obj = obj@Shape(...) and MATLAB's implicit call without arguments, area@Shape(obj), three levels, isa and class, dynamic dispatch through a cell, a variable holding objects of different subclasses and inside an inherited method, an inherited method named like a builtin (char), handles to methods (@area, @char) called directly and by cellfun.
c = Circle(2);
fprintf('%s r=%g scale=%g tags=%d %s\n', c.name, c.r, c.scale, numel(c.tags), c.tags{1});
fprintf('area %.4f %.4f\n', area(c), c.area());
fprintf('%s\n', describe(c));
s = Square(3);
fprintf('%s side=%g tags=%d\n', s.name, s.side, numel(s.tags));
fprintf('%s\n', s.describe());
r = Ring(2, 1);
fprintf('%s r=%g inner=%g area %.4f\n', r.name, r.r, r.inner, area(r));
fprintf('%s\n', describe(r));
% value semantics through an inherited method
g = grow(c, 3);
fprintf('scales %g %g, %s\n', c.scale, g.scale, g.describe());
% class and isa
fprintf('%s %s %s\n', class(c), class(s), class(r));
fprintf('isa %d %d %d %d %d\n', isa(r, 'Ring'), isa(r, 'Circle'), isa(r, 'Shape'), isa(c, 'Ring'), isa(s, 'Circle'));
fprintf('isobject %d isstruct %d\n', isobject(r), isstruct(r));
% static methods and constants, inherited
fprintf('%s %s %d %d\n', Shape.kind(), Circle.kind(), Shape.Sides, Ring.Sides);
% polymorphism: a cell of objects of different classes
shapes = {Circle(1), Square(2), Ring(3, 2), Shape('plain')};
a = zeros(1, numel(shapes));
for k = 1:numel(shapes)
  a(k) = area(shapes{k});
  fprintf('%-6s %-6s %s\n', class(shapes{k}), shapes{k}.name, shapes{k}.describe());
end
fprintf('%.4f ', a);
fprintf('\n');
% isequal compares the class and the properties
fprintf('isequal %d %d %d\n', isequal(Circle(2), c), isequal(Circle(3), c), isequal(Shape('circle'), Circle(1)));
% members, inherited ones too
p = properties(r);
fprintf('%s ', p{:});
fprintf('\n');
fprintf('ismethod %d %d %d isprop %d %d\n', ismethod(r, 'describe'), ismethod(r, 'area'), ismethod(s, 'nothing'), ...
        isprop(r, 'scale'), isprop(r, 'side'));
% dispatch on a variable of changing class, a method named like a builtin, handles to methods
total = 0;
for k = 1:4
  if mod(k, 2)
    s = Circle(k);
  else
    s = Square(k);
  end
  total = total + area(s);
  fprintf('%s %s\n', char(s), class(s));
end
fprintf('%.4f\n', total);
c = {Ring(2, 1), 'text'};
fprintf('%s %s\n', char(c{1}), char(c{2}));
fprintf('%s\n', char(Ring(3, 1)));
f = @area;
fprintf('%.4f\n', f(Circle(1)));
g = @(x) x.area() * 2;
fprintf('%.4f\n', g(Square(3)));
a = cellfun(@area, {Circle(1), Square(2), Ring(2, 1)});
fprintf('%.4f ', a); fprintf('\n');
fprintf('%s\n', func2str(@area));
h = @char;
fprintf('%s %s\n', h(Circle(2)), h(65));
n = cellfun(@(s) s.describe(), {Circle(1), Square(2)}, 'UniformOutput', false);
fprintf('%s | ', n{:}); fprintf('\n');
% a variable that holds a circle, then a number: char(x) is the method, then the builtin
cc = {65, Circle(1), 66};
x = Circle(2);
for k = 1:3
  fprintf('%d: %s\n', k, char(x));
  x = cc{k};
end
