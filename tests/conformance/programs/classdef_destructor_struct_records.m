% Handle objects in the fields of structs whose fields are known (records,
% which the compiler keeps as one value per field): each object is destroyed
% when MATLAB drops its last reference, whether the field is replaced, the
% struct is cleared, copied or passed to functions, nested in another
% struct, or local to a function. Expected output from Octave 7.

% a record nested in a record, passed through a function
p.inner.h = Tracker('n1');
p.inner.v = 1;
for k = 1:2
  p = touch(p);
end
fprintf('v %d\n', p.inner.v);
p.inner.h = Tracker('n2');
fprintf('n2 in\n');

% a field replaced on each trip of a loop
for k = 1:3
  r.h = Tracker(sprintf('L%d', k));
  r.k = k;
end
fprintf('loop done %d\n', r.k);
clear r
fprintf('r cleared\n');

% a copy keeps the old object
s.h = Tracker('x');
s.n = 1;
t = s;
s.h = Tracker('y');
fprintf('y in\n');
clear t
fprintf('t cleared\n');
s.n = s.n + 1;
clear s
fprintf('s cleared\n');

% a struct local to a function
fprintf('local %d\n', local_struct(3));

% a record of numbers only, next to the objects
q.a = 1;
q.b = 2;
for k = 1:4
  q = step(q);
end
fprintf('q %d %d\n', q.a, q.b);

% an onCleanup in a field
c.guard = onCleanup(@() fprintf('cleanup ran\n'));
c.n = 0;
c = bump(c);
fprintf('c.n %d\n', c.n);
clear c
fprintf('end\n');

function p = touch(p)
  p.inner.v = p.inner.v + 1;
end

function r = local_struct(n)
  w.h = Tracker('w');
  w.n = n;
  r = w.n * 2;
end

function q = step(q)
  q.a = q.a + q.b;
  q.b = q.b + 1;
end

function c = bump(c)
  c.n = c.n + 1;
end
