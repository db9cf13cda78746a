% Explicit delete(h) and h.delete() of a handle with a destructor.
% EXPECTED: hand-written from MATLAB's documentation (Handle Class
% Destructor: "isvalid returns false for the handle object within the delete
% method because object destruction begins when the method is called";
% "Calling delete on a deleted handle should not error and has no effect";
% handle.delete: "After calling delete, H is an invalid object"). Octave 7.3
% has no isvalid, and its delete(h) leaves the object usable and runs the
% destructor again when the last reference goes.
% The delete method runs once, with the object's properties readable but
% isvalid(obj) already false; afterwards every copy is invalid (using one is
% "Invalid or deleted object."), deleting it again does nothing, and its
% last reference going runs nothing more. An error in a destructor that
% MATLAB calls itself is a warning (stderr), and the program goes on. An
% object held by a cell lives as long as some copy does.
a = Conn('a');
b = a;
delete(a);
fprintf('valid after delete: %d %d\n', isvalid(a), isvalid(b));
try
  b.describe();
catch err
  fprintf('%s\n', err.message);
end
try
  fprintf('%s\n', b.name);
catch err
  fprintf('%s\n', err.message);
end
delete(b);
fprintf('deleting again does nothing\n');
clear a b
fprintf('cleared the deleted handles\n');
c = Conn('c');
c.delete();
fprintf('valid %d\n', isvalid(c));
d = Conn('d', true);
d = 1;
fprintf('after a failing destructor\n');
list = {Conn('k1'), Conn('k2')};
h = list{2};
list = {};
fprintf('list emptied\n');
h.describe();
fprintf('end\n');
