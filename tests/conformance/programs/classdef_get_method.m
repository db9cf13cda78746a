% classdef get.PROP methods and Dependent properties (Rect.m and Square.m in classdef_get_method.files): every read of the property calls the method, also from methods, inherited ones and through a cell; a Dependent property is computed by its get method and set through its set method; inside get.PROP the property is read directly.
r = Rect(3, 4);
fprintf('area %g name %s\n', r.area, r.name);
fprintf('%s\n', r.describe());
r.area = 20;
fprintf('w %g h %g area %g\n', r.w, r.h, r.area);
r.name = 'box';
fprintf('name %s\n', r.name);
s = Square(5);
fprintf('square: %s, area %g\n', s.describe(), s.area);
c = {r, s};
for k = 1:numel(c)
  fprintf('%s %g\n', c{k}.name, c{k}.area);
  a = c{k}.area;
  fprintf('area again %g\n', a);
end
p = properties(r);
fprintf('%s ', p{:});
fprintf('\n');
fprintf('isprop area %d\n', isprop(r, 'area'));
