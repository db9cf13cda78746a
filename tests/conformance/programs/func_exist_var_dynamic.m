% exist(name, 'var') of a name known only at run time: a variable of the
% function that holds a value at that point is 1; one not yet assigned, an
% input not passed, a function and a name that is nothing are 0.
a = 1;
names = {'a', 'b', 'c', 'sin', 'zz', 'names'};
for k = 1:numel(names)
  fprintf('%s: %d\n', names{k}, exist(names{k}, 'var'));
end
b = 'now';
for k = 1:numel(names)
  fprintf('%s: %d\n', names{k}, exist(names{k}, "var"));
end
fprintf('%d %d\n', probe('x'), probe('y'));
fprintf('%d %d %d\n', probe2('p', 1), probe2('q', 1), probe2('q', 1, 2));
function r = probe(n)
  x = 5;
  r = exist(n, 'var');
  y = 6;
end
function r = probe2(n, p, q)
  if p > 0
    t = 1;
  end
  r = exist(n, 'var') + exist('t', 'var');
end
