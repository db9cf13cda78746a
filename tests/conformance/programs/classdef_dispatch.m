% classdef methods called on objects whose class is known only at run time (read from cells, struct fields and properties), and struct fields that share a method's name.
m0 = makeMeter(3);
fprintf('made %g\n', m0.scaled(2));
c = {Meter(2), Meter(5)};
for k = 1:numel(c)
  fprintf('%g %g\n', c{k}.scaled(10), scaled(c{k}, 3));
end
c{1} = c{1}.bumped();
fprintf('bumped %g, other %g\n', c{1}.value, c{2}.value);
s.m = Meter(4);
fprintf('struct field: %g\n', s.m.scaled(2));
a = Meter(1);
a.inner = Meter(10);
a.inner.inner = Meter(100);
fprintf('total %g\n', a.total());
fprintf('inner class %s, isobject %d\n', class(a.inner), isobject(a.inner));
% a struct whose field is named like a method: still a field
t.scaled = [10 20 30];
t.total = @(x) x + 1;
fprintf('%g %g\n', t.scaled(2), t.total(5));
q = struct('bumped', 7);
fprintf('%g\n', q.bumped);
