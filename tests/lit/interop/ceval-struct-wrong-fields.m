% RUN: not %mcc %s -o %t 2>&1 | FileCheck %s
% A MATLAB struct passed to a C function that takes a pointer to a struct is
% checked field by field against the struct's declaration in the header of
% coder.cinclude (read with libclang at build time): as MATLAB Coder
% requires of a struct of an external C type, exactly the C struct's fields,
% each of the C field's class and size. Each mismatch is an error at the
% argument, with notes giving the C struct and the function.
coder.cinclude('ct.h');
coder.updateBuildInfo('addIncludePaths', '../../cinterop');
p = struct('x', 1, 'y', 2);
coder.ceval('ct_point_move', coder.ref(p), 1, 2);
% CHECK: ceval-struct-wrong-fields.m:[[@LINE-1]]:30: error: argument 1 of 'ct_point_move' has no field 'tag', which 'struct ct_point' declares as 'int32_t tag'
% CHECK: note: 'struct ct_point' is declared as 'struct ct_point { double x; double y; int32_t tag; }' (ct.h:{{[0-9]+}})
% CHECK: note: 'ct_point_move' is declared as 'void ct_point_move(ct_point *p, double dx, double dy)' (ct.h:{{[0-9]+}})
q = struct('x', int32(1), 'y', 2, 'tag', int32(0));
n = coder.ceval('ct_point_norm1', coder.rref(q));
% CHECK: ceval-struct-wrong-fields.m:[[@LINE-1]]:35: error: argument 1 of 'ct_point_norm1' has the field 'x' of class int32, but 'struct ct_point' declares 'double x' (double)
r = struct('x', 1, 'y', 2, 'tag', int32(0));
r.z = 3;
coder.ceval('ct_point_make', coder.wref(r), 1, 2);
% CHECK: ceval-struct-wrong-fields.m:[[@LINE-1]]:30: error: argument 1 of 'ct_point_make' has the field 'z', which 'struct ct_point' does not declare
p2 = struct('x', 1, 'y', 2, 'tag', int32(0));
coder.ceval('ct_point_move', p2, 1, 2);
% CHECK: ceval-struct-wrong-fields.m:[[@LINE-1]]:1: error: argument 1 of 'ct_point_move' is a struct passed by value; pass coder.ref(s), coder.rref(s) or coder.wref(s) to a pointer to 'struct ct_point'; the C parameter is 'ct_point *p'
v = [1 2 3];
coder.ceval('ct_point_move', coder.ref(v), 1, 2);
% CHECK: ceval-struct-wrong-fields.m:[[@LINE-1]]:30: error: argument 1 of 'ct_point_move' is a double array, not a struct; the C parameter is 'ct_point *p'
s.name = 'a name longer than fifteen';
s.v = [1 2];
s.origin = struct('x', 1, 'y', 2, 'tag', 3);
s.flags = uint8(0);
s.closed = 1;
s.note = 'text';
t = coder.ceval('ct_shape_sum', coder.rref(s));
% CHECK: ceval-struct-wrong-fields.m:[[@LINE-1]]:33: error: argument 1 of 'ct_shape_sum' has the field 'name' of 26 characters, but 'struct ct_shape' declares 'char name[16]' (at most 15 and the NUL)
% CHECK: ceval-struct-wrong-fields.m:[[@LINE-2]]:33: error: argument 1 of 'ct_shape_sum' has the field 'v' of 2 elements, but 'struct ct_shape' declares 'double v[3]' (3 elements)
% CHECK: ceval-struct-wrong-fields.m:[[@LINE-3]]:33: error: argument 1 of 'ct_shape_sum' has the field 'origin.tag' of class double, but 'struct ct_point' declares 'int32_t tag' (int32)
% CHECK: ceval-struct-wrong-fields.m:[[@LINE-4]]:33: error: argument 1 of 'ct_shape_sum' has the field 'closed' of class double, but 'struct ct_shape' declares '_Bool closed' (logical)
% CHECK: ceval-struct-wrong-fields.m:[[@LINE-5]]:33: error: argument 1 of 'ct_shape_sum' has the field 'note', but 'struct ct_shape' declares it as 'const char *note', which mcc does not convert
