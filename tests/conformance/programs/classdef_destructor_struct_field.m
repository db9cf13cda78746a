% A handle object in a field of a struct that is passed to and returned
% from a function lives as long as the struct holds it: it is destroyed
% when the field is replaced, not when the struct is first passed. Expected
% output from Octave 7.
s.count = 0;
s.h = Tracker('a');
for k = 1:3
  s = bump(s);
end
fprintf('count %d\n', s.count);
s.h = Tracker('b');
fprintf('replaced\n');
clear s
fprintf('end\n');

function s = bump(s)
  s.count = s.count + 1;
end
