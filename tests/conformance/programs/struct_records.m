% Structs of known fields (records): kept as their fields inside a function
% and passed to and from user functions as such (ScalarizeStructs). Each
% result must be what the boxed struct gives: field order, class changes,
% copies, nesting, and the places where a record becomes a boxed struct
% again (builtins, cells, closures, handles, struct arrays, dynamic names).
s.x = 1; s.v = 0; s.k = 0;
for i = 1:1000
  s = step(s, 0.01);
end
fprintf('%.12f %.12f %d\n', s.x, s.v, s.k);
[s, e] = energy(s);
fprintf('%.12f %.12f\n', e, s.x);
% a copy is a value
t = s;
t.x = -5;
fprintf('%g %g\n', s.x > 0 || s.x <= 0, t.x);
% classes of fields: integers saturate, single wins, logical, char, complex
r.n = int8(100); r.f = single(1.5); r.b = true; r.c = 'ab'; r.z = 1 + 2i;
for i = 1:3
  r.n = r.n + 20;
  r.f = r.f / 3;
  r.b = ~r.b;
  r.c = [r.c 'c'];
  r.z = r.z * 1i;
end
fprintf('%d %s %.9g %s %d %s %s %g %g\n', r.n, class(r.n), r.f, class(r.f), r.b, class(r.b), r.c, real(r.z), imag(r.z));
% a field changing class, in a loop and in a branch
p.v = 1;
for i = 1:4
  if mod(i, 2) == 0
    p.v = sprintf('even%d', i);
  else
    p.v = i * 10;
  end
  fprintf('%s:%s ', class(p.v), num2str(p.v));
end
fprintf('\n');
% fields in a different order on two paths: the order is each path's
for c = [true false]
  if c
    q.a = 1; q.b = 2;
  else
    q = struct();
    q.b = 2; q.a = 1;
  end
  f = fieldnames(q);
  fprintf('%s%s ', f{:});
end
fprintf('\n');
% nested records, and a record inside a function's record
n.pos.x = 1; n.pos.y = 2; n.mass = 3;
for i = 1:3
  n.pos.x = n.pos.x + n.mass;
  n = nudge(n);
end
fprintf('%g %g %g\n', n.pos.x, n.pos.y, n.mass);
% struct(...) literals: a record; a cell value makes a struct array
a = struct('u', 1, 'w', 'text');
a.u = a.u + 1;
fprintf('%g %s %d\n', a.u, a.w, numel(fieldnames(a)));
b = struct('u', {1, 2, 3});
fprintf('%d %g\n', numel(b), b(3).u);
cc = struct('u', {{1, 2}});
fprintf('%d %s %d\n', numel(cc), class(cc.u), numel(cc.u));
% builtins, cells and equality see the whole struct
fprintf('%d %d %d %d\n', isstruct(s), isfield(s, 'k'), isfield(s, 'nope'), isequal(s, s));
box = {s, t};
fprintf('%g %g\n', box{2}.x, box{1}.k);
fn = fieldnames(s);
fprintf('%s ', fn{:}); fprintf('\n');
o = orderfields(s);
fo = fieldnames(o);
fprintf('%s ', fo{:}); fprintf('\n');
% an array field updated in place
d.data = zeros(1, 4); d.count = 0;
for i = 1:4
  d.data(i) = i ^ 2;
  d.count = d.count + 1;
end
fprintf('%g ', d.data); fprintf('%d\n', d.count);
% dynamic field names
name = 'k';
s.(name) = s.(name) + 1;
fprintf('%d %d\n', s.k, s.(name));
g.total = 0;
for i = 1:3
  g.(sprintf('f%d', i)) = i;
  g.total = g.total + g.(sprintf('f%d', i));
end
fprintf('%g %d\n', g.total, numel(fieldnames(g)));
% a closure captures the struct's value when it is made
h.x = 10;
getx = @() h.x;
h.x = 20;
fprintf('%g %g\n', getx(), h.x);
% a handle to a function that takes a struct
stepper = @step;
s2 = stepper(s, 0.5);
fprintf('%.6f %d\n', s2.x, s2.k);
% a function handle as a field
ops.f = @(v) v * 3;
ops.count = 1;
fprintf('%g\n', ops.f(ops.count + 1));
% a struct array from a record
arr = s;
arr(2).x = 7;
fprintf('%d %g %d\n', numel(arr), arr(2).x, isempty(arr(2).v));
% recursion with a record
acc.sum = 0; acc.depth = 0;
acc = walk(acc, 5);
fprintf('%g %g\n', acc.sum, acc.depth);
% a function that counts its inputs, and one called with fewer outputs
fprintf('%g\n', countin(s, 2));
m = energy(s);
fprintf('%d\n', isfield(m, 'x'));
% try/catch: the struct as it was at the error
w.i = 0;
try
  for i = 1:5
    w.i = i;
    if i == 3
      error('stop');
    end
  end
catch err
  fprintf('%s %d\n', err.message, w.i);
end
% a loop's struct whose fields change order: a struct, not a record; the
% record a function returns as its fields is boxed for it
r2 = struct('a', 1, 'b', 2);
for i = 1:3
  f = fieldnames(r2);
  fprintf('%s%s %g %g\n', f{:}, r2.a, r2.b);
  r2 = swapped(i);
end
% a struct that holds its own earlier value: nesting grows each trip
z.v = 0;
for i = 1:5
  z.inner = z;
  z.v = i;
end
fprintf('%d %d %d\n', z.v, z.inner.v, z.inner.inner.inner.v);
cz = {1};
for i = 1:3
  cz{2} = cz;
end
fprintf('%d %d %d\n', numel(cz), numel(cz{2}{2}), numel(cz{2}{2}{2}));
function o = swapped(i)
  o = struct('b', 2 * i, 'a', i);
end
function s = step(s, dt)
  a = -s.x;
  s.v = s.v + a * dt;
  s.x = s.x + s.v * dt;
  s.k = s.k + 1;
end
function [s, e] = energy(s)
  e = 0.5 * s.v ^ 2 + 0.5 * s.x ^ 2;
  s.x = s.x * 2;
end
function n = nudge(n)
  n.pos.y = n.pos.y * 2;
  n.mass = n.mass - 1;
end
function a = walk(a, k)
  if k > 0
    a.sum = a.sum + k;
    a.depth = a.depth + 1;
    a = walk(a, k - 1);
  end
end
function r = countin(s, varargin)
  r = nargin + s.k;
end
