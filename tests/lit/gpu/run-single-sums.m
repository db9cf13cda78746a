% RUN: %mcc %s -o %t
% RUN: %gpu-env MCC_DEVICE=gpu MCC_TRACE=1 %t > %t.gpu 2> %t.gpu.trace
% RUN: FileCheck %s < %t.gpu
% RUN: FileCheck --check-prefix=GPU %s < %t.gpu.trace
% Sums and means of single data on the GPU (lavapipe) are within one single
% ulp of the double sum rounded once, as on the CPU: each invocation adds
% with a compensation term (a float running sum of 16,384 values in [0, 1)
% is off by about 20 ulps), and a long sum is within 4 ulps (a tree of
% float partials per workgroup).
x = single(mod((0:16383) * 0.6180339887498949, 1));
d = double(x);
near = @(s, r, u) fprintf('%s %d\n', class(s), abs(double(s) - r) <= u * eps(single(r)));
near(sum(x * 2), sum(d * 2), 1);
% CHECK: single 1
near(mean(x + 1), mean(d + 1), 1);
% CHECK-NEXT: single 1
y = single(mod((0:2^22-1) * 0.6180339887498949, 1));
e = double(y);
near(sum(y * 2), sum(e * 2), 4);
% CHECK-NEXT: single 1
% GPU: device=gpu
% GPU-NOT: device=cpu
