% classdef handles: == and ~= compare identity, isequal compares property values, delete invalidates every copy, isvalid tells.
% EXPECTED: hand-written from MATLAB's documentation (handle.relationaloperators: "Copies of a handle
% variable always compare as equal", "Different handles are always not equal", a handle and a value of
% another class compare false; isequal: "Use isequal to determine if two objects with different handles
% have equal property values"; handle.delete and handle.isvalid: a deleted handle is invalid and using it
% is the error "Invalid or deleted object."). Octave 7.3 has no eq for handles, no isvalid, and its
% delete leaves the object usable.
a = Box(1);
b = a;
c = Box(1);
fprintf('a==b %d, a==c %d, a~=c %d, a~=b %d\n', a == b, a == c, a ~= c, a ~= b);
fprintf('isequal a,b %d, a,c %d\n', isequal(a, b), isequal(a, c));
c.bump();
fprintf('after bump: isequal a,c %d, a==3 %d\n', isequal(a, c), a == 3);
k = {a, c};
fprintf('through a cell: %d %d\n', k{1} == b, k{2} == b);
fprintf('valid %d %d %d\n', isvalid(a), isvalid(b), isvalid(c));
delete(b);
fprintf('valid %d %d %d, a==b %d\n', isvalid(a), isvalid(b), isvalid(c), a == b);
fprintf('class %s, isobject %d\n', class(a), isobject(a));
try
  x = a.v;
  fprintf('not reached %d\n', x);
catch err
  fprintf('read: %s\n', err.message);
end
try
  a.v = 3;
catch err
  fprintf('write: %s\n', err.message);
end
try
  b.bump();
catch err
  fprintf('method: %s\n', err.message);
end
delete(c);
fprintf('valid %d, cell copy valid %d\n', isvalid(c), isvalid(k{2}));
