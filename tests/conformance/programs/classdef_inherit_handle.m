% classdef handle classes with inheritance (Animal.m, Dog.m, Puppy.m, Cat.m in classdef_inherit_handle.files): a subclass of a handle class is one, obj@Animal(name) as a statement, speak@Animal(obj) from an override, three levels, methods that change the object through any copy, dispatch through a cell.
d = Dog('rex');
d2 = d;
d2.learn('sit');
d.learn('roll');
fprintf('%s, %d tricks: %s %s\n', d.speak(), numel(d.tricks), d.tricks{:});
p = Puppy('bit', 2);
fprintf('%s\n', speak(p));
fprintf('isa %d %d %d %d %d\n', isa(p, 'Dog'), isa(p, 'Animal'), isa(p, 'handle'), isa(d, 'Puppy'), isa(d, 'Cat'));
c = Cat();
fprintf('cat: name "%s" sound %s lives %d\n', c.name, c.sound, c.lives);
zoo = {Animal('generic'), d, p, c};
for k = 1:numel(zoo)
  fprintf('%-6s | %s\n', class(zoo{k}), zoo{k}.speak());
end
% an inherited method changes the object for every copy
rename(p, 'bitsy');
q = zoo{3};
fprintf('%s %s counts %d %d %d lives %d\n', p.name, q.name, p.count, d.count, zoo{1}.count, c.lives);
q.age = 5;
fprintf('age %d\n', p.age);
