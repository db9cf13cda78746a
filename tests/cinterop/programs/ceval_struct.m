% MATLAB structs passed to C functions taking a pointer to a struct
% (coder.ceval with coder.ref/rref/wref), converted field by field by name
% against the declarations in ct.h (read with libclang at build time): as
% MATLAB Coder requires of a struct of an external C type, the struct has
% exactly the C struct's fields, each of the C field's class and size.
% Expected output (ceval_struct.expected): what ct.c computes, worked out by
% hand in the comments.
coder.cinclude('ct.h');
coder.updateBuildInfo('addIncludePaths', '..');
coder.updateBuildInfo('addSourceFiles', 'ct.c', '..');

p = struct('x', 3, 'y', -4, 'tag', int32(0));
n = coder.ceval('ct_point_norm1', coder.rref(p));
fprintf('ct_point_norm1: %g\n', n);                           % |3| + |-4| = 7
q = p;
coder.ceval('ct_point_move', coder.ref(p), 1, 2);
fprintf('moved: %g %g %d (%s)\n', p.x, p.y, p.tag, class(p.tag));  % 4 -2 1 int32
fprintf('copy before: %g %g %d\n', q.x, q.y, q.tag);         % 3 -4 0: value semantics
for k = 1:3
  coder.ceval('ct_point_move', coder.ref(p), k, 0);
end
fprintf('after the loop: %g %g %d\n', p.x, p.y, p.tag);       % 4+1+2+3 = 10, -2, 4

r = struct('x', 0, 'y', 0, 'tag', int32(0));
coder.ceval('ct_point_make', coder.wref(r), 1.5, 2.5);
fprintf('made: %g %g %d\n', r.x, r.y, r.tag);                 % 1.5 2.5 7

% text, a fixed-size array, a nested struct, uint8 and bool fields; the
% pointer field (note) is not converted: it is NULL in C
s.name = 'box';
s.v = [1 2 3];
s.origin = struct('x', 10, 'y', 20, 'tag', int32(5));
s.flags = uint8(4);
s.closed = true;
t = coder.ceval('ct_shape_sum', coder.rref(s));
fprintf('ct_shape_sum: %g\n', t);                             % 1+2+3 + 10+20 = 36
coder.ceval('ct_shape_scale', coder.ref(s), 2);
fprintf('scaled: %s [%g %g %g] (%g, %g) flags %d closed %d (%s)\n', s.name, s.v, s.origin.x, s.origin.y, ...
        s.flags, s.closed, class(s.closed));                  % BOX [2 4 6] (12, 22) flags 5 closed 0 logical
fprintf('size of v: %dx%d\n', size(s.v));                     % 1x3, as it went in
