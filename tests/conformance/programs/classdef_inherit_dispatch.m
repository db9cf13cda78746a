% Dynamic dispatch over a class hierarchy (Shape.m, Circle.m, Square.m, Ring.m in classdef_inherit_dispatch.files): a variable that holds objects of different subclasses in a loop, an inherited method named like a builtin (char) for objects and other values, handles to methods (@area, @char) called directly and by cellfun, anonymous functions calling methods.
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
