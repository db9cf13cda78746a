% Destructors of handle classes: a class's delete(obj) method runs when the
% last reference to an object goes (a variable reassigned or cleared, a
% function returning, the end of the program), with the object still
% usable; a subclass's runs before its superclass's, an object's before its
% properties' objects. Expected output from Octave 7.
d = Derived('outer', Base('inner'));
clear d
fprintf('--\n');
p = Plain('plain');
q = p;
p = 5;
fprintf('still held by q\n');
q = 'text';
fprintf('--\n');
for k = 1:3
  r = Base(sprintf('loop%d', k));
end
fprintf('after loop: %s\n', r.tag);
s = struct('a', Base('field'));
s.a = [];
fprintf('--\n');
c = {Base('cell1'), Base('cell2')};
c(1) = [];
fprintf('--\n');
clear c r
fprintf('--\n');
Base('ans1');
Base('ans2');
fprintf('--\n');
local('one');
fprintf('--\n');
kept = made('returned');
fprintf('got %s\n', kept.tag);
early(true);
early(false);
fprintf('--\n');
a = Base('a');
b = a;
a = Base('a2');
fprintf('reassigned a\n');
clear b
fprintf('end\n');

function local(t)
  x = Base([t '-x']);
  y = Base([t '-y']);
  fprintf('in local: %s %s\n', x.tag, y.tag);
end

function o = made(t)
  tmp = Base('temporary');
  o = Base(t);
  fprintf('made %s and %s\n', tmp.tag, o.tag);
end

function early(stop)
  e = Base(sprintf('early %d', stop));
  if stop
    fprintf('returning early\n');
    return
  end
  fprintf('no early return\n');
end
