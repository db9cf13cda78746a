% Inheritance from two user classes (Box < Named & Sized, Tag < Named & Sized in classdef_inherit_multiple.files): the properties and methods of both, both constructors called explicitly or implicitly, isa of each, dispatch through a cell.
b = Box('crate', [2 3]);
fprintf('%s %d %s %s\n', b.name, area(b), b.label(), b.color);
fprintf('%d %d %d\n', isa(b, 'Named'), isa(b, 'Sized'), isa(b, 'Box'));
t = Tag();
fprintf('%s %d\n', t.name, t.area());
c = {b, t};
for k = 1:2
  fprintf('%s %d\n', c{k}.label(), area(c{k}));
end
