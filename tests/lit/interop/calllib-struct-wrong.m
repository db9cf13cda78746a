% RUN: not %mcc %s -o %t 2>&1 | FileCheck %s
% calllib, libstruct and libpointer with structs and pointers checked at
% build time against the header of loadlibrary (libclang): calllib converts
% numbers and sets missing fields to zero, as MATLAB does, but a field the C
% struct lacks, or text for a number, is an error at the argument.
loadlibrary('libct', '../../cinterop/ct.h');
p = struct('x', 1, 'y', 2, 'w', 3);
n = calllib('libct', 'ct_point_norm1', p);
% CHECK: calllib-struct-wrong.m:[[@LINE-1]]:5: error: argument 1 of 'ct_point_norm1' has the field 'w', which 'struct ct_point' does not declare
q = struct('x', 'one');
n = calllib('libct', 'ct_point_norm1', q);
% CHECK: calllib-struct-wrong.m:[[@LINE-1]]:5: error: argument 1 of 'ct_point_norm1' has the field 'x' of class char, but 'struct ct_point' declares 'double x'
n = calllib('libct', 'ct_point_norm1', [1 2]);
% CHECK: calllib-struct-wrong.m:[[@LINE-1]]:40: error: argument 1 of 'ct_point_norm1' is a double array, not a struct; the C parameter is 'const ct_point *p'
sp = libstruct('ct_pt');
% CHECK: calllib-struct-wrong.m:[[@LINE-1]]:6: error: libstruct of 'ct_pt', a struct that no header of the program's loadlibrary calls declares
sq = libstruct('ct_point', struct('x', 1, 'u', 2));
% CHECK: calllib-struct-wrong.m:[[@LINE-1]]:28: error: the value of libstruct('ct_point', ...) has the field 'u', which 'struct ct_point' does not declare
xp = libpointer('floatPtr', 1);
% CHECK: calllib-struct-wrong.m:[[@LINE-1]]:17: error: libpointer of the type 'floatPtr' is not supported
