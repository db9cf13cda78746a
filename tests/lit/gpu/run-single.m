% RUN: %mcc %s -o %t
% RUN: env MCC_DEVICE=cpu %t > %t.cpu
% RUN: %gpu-env MCC_DEVICE=gpu MCC_TRACE=1 MCC_CHECK_LEAKS=1 %t > %t.gpu 2> %t.gpu.trace
% RUN: diff %t.cpu %t.gpu
% RUN: FileCheck %s < %t.gpu
% RUN: FileCheck --check-prefix=GPU %s < %t.gpu.trace
% Single-precision kernels run on the GPU (lavapipe) in float and print what
% the CPU run prints: arithmetic bit for bit, math from the library's float
% instantiation (within 2 ulp: printed to 5 digits), reductions of at most
% 16,384 elements folded in order (the serial flag), longer ones of
% integer values (exact in any order).
x = single(linspace(0, 10, 10000));
y0 = sin(x) .* exp(-x / 10);
y1 = y0 .* cos(x / 4) + 0.25 * y0 .^ 2;
y2 = tanh(y1) + 0.1 * y1;
fprintf('%s %.5g %.5g\n', class(y2), sum(y2), max(y2));
% CHECK: single
a = single(3);
z = (x * a - 2) ./ (x + 1);
fprintf('%.9g %.9g %.9g %.9g %.9g\n', z(1), z(5000), sum(z), mean(z), min(z));
v = single(mod(1:300000, 11));
fprintf('%.9g %.9g %.9g\n', sum(v * 2 - 3), max(v / 2), prod(v(1:20) + 1));
% GPU: device=gpu
% GPU-NOT: device=cpu
