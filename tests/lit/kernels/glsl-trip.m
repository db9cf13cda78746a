% RUN: %mcc --emit=glsl %s | FileCheck %s
% RUN: %mcc %s -o %t && env MCC_DEVICE=cpu %t > %t.cpu
% RUN: %gpu-env MCC_DEVICE=gpu %t > %t.gpu && diff %t.cpu %t.gpu
% A GPU kernel that calls no library function takes four elements a
% grid-stride trip, their loads first; one that calls sin keeps one. Each
% invocation's elements are still folded in order: the GPU's outputs are the
% CPU's (n is not a multiple of four; the sums of integers are exact).
n = 100003;
x = (1:n) * 2;
y = x * 3 + 1;
fprintf('%d %d %d %d\n', y(1), y(n - 1), y(n), sum(y));
fprintf('%d %d\n', max(x - 7), min(x + 5));
s = sin(x / n);
fprintf('%.12g\n', s(n));
% CHECK: // kernel k0:
% CHECK: for (uint i0 = first; i0 < pc.n; i0 += 4u * stride) {
% CHECK: p{{[0-9]+}}_3 = i0 + 3u * stride < pc.n ?
% CHECK: { uint i = i0 + 3u * stride;
% CHECK: // kernel k3:
% CHECK-NOT: i0 += 4u * stride
% CHECK: for (uint i = first; i < pc.n; i += stride) {
% CHECK: mcc_sin(
