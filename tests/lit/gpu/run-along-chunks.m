% RUN: %mcc %s -o %t
% RUN: env MCC_DEVICE=cpu MCC_NUM_THREADS=1 %t > %t.cpu1
% RUN: env MCC_DEVICE=cpu MCC_NUM_THREADS=3 MCC_TRACE=1 %t > %t.cpu 2> %t.cpu.trace
% RUN: %gpu-env MCC_DEVICE=gpu MCC_TRACE=1 MCC_CHECK_LEAKS=1 %t > %t.gpu 2> %t.gpu.trace
% RUN: diff %t.cpu1 %t.cpu
% RUN: %gpu-env MCC_DEVICE=gpu MCC_GPU_ALONG_FOLD=invocations %t > %t.gpu1
% RUN: diff %t.cpu %t.gpu
% RUN: diff %t.cpu %t.gpu1
% RUN: FileCheck %s < %t.gpu
% RUN: FileCheck --check-prefix=GPU --implicit-check-not=device=cpu %s < %t.gpu.trace
% RUN: FileCheck --check-prefix=CPU %s < %t.cpu.trace
% Reductions along dims over slices of several chunks (4,096 elements each,
% mcc_kernel_launch_along) fold a partial per chunk and the partials in
% chunk order, on both devices and for any thread count, so the CPU with
% one thread, the CPU with three (each kernel has more than 65,536 elements:
% the thread pool) and the GPU (lavapipe; the partials folded by a
% workgroup for each result element, or with MCC_GPU_ALONG_FOLD=invocations
% by one invocation each) print the same bits
% for sums that round (irrational steps): along dim 1, along a trailing dim
% with elements before it, over a vecdim, with sums and means of double and
% single (added in double), products, max and min with NaN, any and all,
% and an element output of the same kernel.
O = ones(30000, 3);  % of a shape inference knows, so the reductions fuse
A = mod(cumsum(O, 1) * 0.6180339887498949 + cumsum(O, 2) * 0.4142135623730951, 1) - 0.3;
s1 = sum(A .^ 2, 1); s2 = mean(A * 3, 1); p1 = prod(A / 64 + 1, 1);
fprintf('%.17g ', s1, s2, p1); fprintf('\n');
% CHECK: {{^[0-9.e+-]+ }}
N = A;
N(27000, 2) = NaN;
m1 = max(N * 2, [], 1); m2 = min(N - 1, [], 1); n1 = sum(N + 0, 1);
fprintf('%.17g ', m1, m2, n1); fprintf('\n');
% CHECK-NEXT: {{NaN}}
l1 = any(A > 0.6999, 1); l2 = all(A > -0.2999, 1);
fprintf('%d ', l1, l2); fprintf('\n');
S = single(A);
t1 = sum(S .^ 2, 1); t2 = mean(S * 3, 1); t3 = prod(S / 64 + 1, 1); t4 = max(S - 1, [], 1);
fprintf('%s %.9g %.9g %.9g %.9g\n', class(t1), t1(2), t2(3), t3(1), t4(2));
% CHECK: single
P = ones(2, 3, 12000);
B = mod(cumsum(P, 3) * 0.7071067811865476 + cumsum(P, 1) * 0.3 + cumsum(P, 2) * 0.1, 1);
E = B * 2 - 1;  % an element output of the reducing kernel
b1 = sum(E, 3); b2 = mean(B .^ 2, 3); b3 = min(B * 5, [], 3);
fprintf('%.17g ', b1, b2, b3, sum(E(:))); fprintf('\n');
Q = ones(3, 100, 250);
C = mod(cumsum(Q, 2) * 0.6180339887498949 + cumsum(Q, 3) * 0.4142135623730951 + cumsum(Q, 1) * 0.2, 1);
c1 = sum(C * 2, [2 3]); c2 = mean(single(C) + 1, [2 3]); c3 = prod(C / 512 + 1, [2 3]);
fprintf('%.17g %.17g %.17g %.9g %.17g\n', c1(1), c1(3), c3(2), c2(1), c2(2));
% GPU: device=gpu
% CPU: device=cpu
