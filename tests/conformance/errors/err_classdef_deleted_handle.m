% Reading a property of a deleted handle object, through another copy of the handle.
% EXPECTED: hand-written from MATLAB's documentation (handle.delete: using a deleted handle is the
% error "Invalid or deleted object."); Octave 7.3's delete leaves the object usable.
a = Box(4);
c = {a};
fprintf('v %d\n', c{1}.v);
delete(a);
v = c{1}.v;  % fails here
fprintf('not reached %d\n', v);
