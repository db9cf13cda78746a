% RUN: %mcc -fno-small-arrays --emit=glsl %s | FileCheck %s
% A kernel writing a logical array has no GPU version yet (logical arrays
% are bytes; the shaders use 32-bit storage only): it says so and runs on
% the CPU. One reading doubles and writing doubles has one.
x = linspace(0, 1, 10);
m = x > 0.5;
fprintf('%d\n', nnz(m));
y = 2*x + 1;
fprintf('%g\n', y(2));
% CHECK: // kernel k0: CPU only (logical array output)
% CHECK: // kernel k1: 2 buffers, 16 bytes of push constants
% CHECK-NOT: // kernel k2
% (-fno-small-arrays: the arrays of constant shape here stay arrays, as kernels
% take them, rather than becoming their elements: ScalarizeSmallArrays.h)
