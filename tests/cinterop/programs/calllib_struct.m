% Structs and pointers through loadlibrary/calllib (libct.so from ../ct.c;
% run.py builds it): a MATLAB struct passed to a pointer to a C struct is
% converted by field name (numbers to the C field's class, missing fields
% zero) and calllib gives it back, as C left it, as an output; libstruct
% and libpointer make handle objects that C writes through. Expected output
% (calllib_struct.expected): what ct.c computes, worked out by hand.
loadlibrary('libct', '../ct.h');

p = struct('x', 3, 'y', -4);                                  % no tag: 0
fprintf('ct_point_norm1: %g\n', calllib('libct', 'ct_point_norm1', p));  % 7
p2 = calllib('libct', 'ct_point_move', p, 1, int8(2));
fprintf('moved: %g %g %d (%s); p.x still %g\n', p2.x, p2.y, p2.tag, class(p2.tag), p.x);  % 4 -2 1 int32; 3
fprintf('fields: %s\n', strjoin(fieldnames(p2)', ' '));      % x y tag
made = calllib('libct', 'ct_point_make', struct(), 5, 6);
fprintf('made: %g %g %d\n', made.x, made.y, made.tag);        % 5 6 7

% libstruct: a lib.ct_point object (a handle) with every field of the C struct
sp = libstruct('ct_point', struct('x', 1, 'y', 2));
fprintf('%s: %g %g %d\n', class(sp), sp.x, sp.y, sp.tag);     % lib.ct_point: 1 2 0
calllib('libct', 'ct_point_move', sp, 10, 10);
fprintf('moved in place: %g %g %d\n', sp.x, sp.y, sp.tag);    % 11 12 1
alias = sp;
calllib('libct', 'ct_point_move', alias, 1, 1);
fprintf('through a copy: %g %g %d\n', sp.x, sp.y, sp.tag);    % 12 13 2: one object
sp.x = int8(-5);
fprintf('assigned: %g (%s)\n', sp.x, class(sp.x));            % -5 double: the C field's class
fprintf('norm1: %g\n', calllib('libct', 'ct_point_norm1', sp));  % 5 + 13 = 18

% nested struct, array and text fields; a shorter array is zero-padded
s = struct('name', 'lid', 'v', [1 2], 'origin', struct('x', 1, 'y', 1));
fprintf('ct_shape_sum: %g\n', calllib('libct', 'ct_shape_sum', s));  % 1+2+0 + 1+1 = 5
s2 = calllib('libct', 'ct_shape_scale', s, 3);
fprintf('scaled: %s [%g %g %g] (%g, %g) flags %d closed %d\n', s2.name, s2.v, s2.origin.x, s2.origin.y, s2.flags, ...
        s2.closed);                                           % LID [3 6 0] (4, 4) flags 1 closed 1

% libpointer: C writes through the pointer, p.Value reads it
xp = libpointer('doublePtr', [1 2 3]);
calllib('libct', 'ct_scale', xp, 3, 10);
fprintf('%s %s: %g %g %g\n', class(xp), xp.DataType, xp.Value);  % lib.pointer doublePtr: 10 20 30
before = xp.Value;
out = calllib('libct', 'ct_scale', xp, 3, 2);
fprintf('again: %g %g %g; read before: %g %g %g; output: %g %g %g\n', xp.Value, before, out);  % 20 40 60; 10 20 30; 20 40 60
ip = libpointer('int32Ptr', zeros(1, 4));
calllib('libct', 'ct_iota', ip, 4, 3);
fprintf('ct_iota: %d %d %d %d (%s)\n', ip.Value, class(ip.Value));  % 3 4 5 6 int32
xp.Value = [5 5];
fprintf('ct_sum: %g\n', calllib('libct', 'ct_sum', xp, 2));   % 10
unloadlibrary('libct');
