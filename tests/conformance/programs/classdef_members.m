% isprop, ismethod, properties and methods of classdef objects and class names: as values (cellstr columns) and as displayed.
s = Shape(2, 3);
b = Box(5);
fprintf('isprop %d %d %d %d\n', isprop(s, 'width'), isprop(s, 'SIDES'), isprop(s, 'area'), isprop(b, 'v'));
fprintf('ismethod %d %d %d %d\n', ismethod(s, 'area'), ismethod(s, 'unit'), ismethod(s, 'width'), ismethod(b, 'bump'));
fprintf('ismethod delete %d %d, of a name %d\n', ismethod(b, 'delete'), ismethod(s, 'delete'), ismethod('Box', 'bump'));
st.width = 1;
fprintf('not objects: %d %d\n', isprop(st, 'width'), isprop(3, 'x'));
p = properties(s);
fprintf('%s|', p{:});
fprintf('\n%s %d %d\n', class(p), size(p, 1), size(p, 2));
m = methods('Shape');
fprintf('%s|', m{:});
fprintf('\n%d %d\n', size(m, 1), size(m, 2));
mb = methods(b);
fprintf('%s ', mb{:});
fprintf('\n');
properties(s)
properties Box
methods(s)
methods('Box')
c = {Shape(), b};
for k = 1:2
  fprintf('%s: %d properties, has area %d\n', class(c{k}), numel(properties(c{k})), ismethod(c{k}, 'area'));
end
