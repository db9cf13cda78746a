% RUN: not %mcc %s -o %t 2>&1 | FileCheck %s
% calllib is bound to the header of loadlibrary at build time: a function
% the header lacks, wrong argument types and too many outputs are errors at
% the call.
loadlibrary('libct', '../../cinterop/ct.h');
x = calllib('libct', 'ct_nope', 1);
% CHECK: calllib-wrong-types.m:[[@LINE-1]]:5: error: the function 'ct_nope' is not declared in the header of the library 'libct'
y = calllib('libct', 'ct_sum', int16([1 2]), 2);
% CHECK: calllib-wrong-types.m:[[@LINE-1]]:32: error: argument 1 of 'ct_sum' is an int16 array, but the pointer is to double elements; the C parameter is 'const double *v'
[a, b] = calllib('libct', 'ct_add', 1, 2);
% CHECK: calllib-wrong-types.m:[[@LINE-1]]:10: error: calllib of 'ct_add' gives 1 output (its result, then the arrays passed to writable pointers); this call asks for 2
z = calllib('libother', 'f');
% CHECK: calllib-wrong-types.m:[[@LINE-1]]:5: error: calllib of the library 'libother', which no loadlibrary(name, header) of the program loads
