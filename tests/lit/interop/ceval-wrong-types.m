% RUN: not %mcc %s -o %t 2>&1 | FileCheck %s
% coder.ceval calls checked against the header of coder.cinclude (read with
% libclang at build time): each mismatch is an error at the .m call, with a
% note giving the C declaration.
coder.cinclude('ct.h');
coder.updateBuildInfo('addIncludePaths', '../../cinterop');
v = int32([1 2 3]);
s = coder.ceval('ct_sum', coder.rref(v), int32(3));
% CHECK: ceval-wrong-types.m:[[@LINE-1]]:27: error: argument 1 of 'ct_sum' is an int32 array, but the pointer is to double elements; the C parameter is 'const double *v'
% CHECK: note: 'ct_sum' is declared as 'double ct_sum(const double *v, int32_t n)' (ct.h:{{[0-9]+}})
a = coder.ceval('ct_add', 1);
% CHECK: ceval-wrong-types.m:[[@LINE-1]]:5: error: the C function 'ct_add' takes 2 arguments, this call passes 1
b = coder.ceval('ct_add', [1 2], 3);
% CHECK: ceval-wrong-types.m:[[@LINE-1]]:27: error: argument 1 of 'ct_add' is a double array; a scalar parameter takes one value; the C parameter is 'double a'
f = coder.ceval('ct_set_flag', int32(1));
% CHECK: ceval-wrong-types.m:[[@LINE-1]]:5: error: the C function 'ct_set_flag' returns void; its call gives no value
w = int16([1 2]);
coder.ceval('ct_scale', coder.ref(w), int32(2), 2);
% CHECK: ceval-wrong-types.m:[[@LINE-1]]:25: error: argument 1 of 'ct_scale' is an int16 array, but the pointer is to double elements
coder.ceval('ct_counter_add', coder.ref(v), 1);
% CHECK: ceval-wrong-types.m:[[@LINE-1]]:31: error: argument 1 of 'ct_counter_add' is a MATLAB array passed by reference; a 'ct_counter *' parameter takes a coder.opaque value
coder.ceval('ct_strlen', 42);
% CHECK: ceval-wrong-types.m:[[@LINE-1]]:26: error: argument 1 of 'ct_strlen' is a double scalar, not text (char) or int8/uint8 bytes
coder.ceval('ct_missing', 1);
% CHECK: ceval-wrong-types.m:[[@LINE-1]]:1: error: the C function 'ct_missing' is not declared in the headers of coder.cinclude
