% RUN: %mcc -fno-small-arrays --emit=kernels %s | FileCheck %s
% A kernel never reads its own reduction: x - mean(x) needs the mean
% first, so it is two kernels (the mean, then the centred sum of squares).
x = linspace(1, 5, 9);
v = sum((x - mean(x)).^2);
fprintf('%g\n', v);
% CHECK: kernel k0
% CHECK: reduce mean
% CHECK: kernel k1
% CHECK: reduce sum
% CHECK-NOT: kernel
% (-fno-small-arrays: the arrays of constant shape here stay arrays, as kernels
% take them, rather than becoming their elements: ScalarizeSmallArrays.h)
