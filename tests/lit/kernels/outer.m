% RUN: %mcc --emit=kernels %s | FileCheck %s
% RUN: %mcc %s -o %t && %mcc -fno-fusion %s -o %t.unfused
% RUN: env MCC_CHECK_LEAKS=1 %t > %t.out && %t.unfused > %t.unfused.out && diff %t.out %t.unfused.out
% RUN: %gpu-env MCC_DEVICE=gpu MCC_CHECK_LEAKS=1 %t > %t.gpu && diff %t.out %t.gpu
% Outer kernels: no input has the space's shape (a column and a row expand
% each other), so the space's extents come from several inputs and the first
% output carries them; also along a dim, with only reductions (a space
% carrier no one reads), in single, 3-d, and empty.
x = linspace(0, 1, 7)';
y = linspace(2, 3, 5);
D = x - y;
% CHECK: kernel k{{[0-9]+}} in outer: (%{{[0-9]+}} array double expanded 2, %{{[0-9]+}} array double expanded 1) -> (%{{[0-9]+}} array double) over double 7x5 outer: in0 in1
fprintf('%.17g ', D(:, 2), D(3, :)); fprintf('\n');
% Pairwise inverse-cube weights summed along dim 2 (a vectorised n-body step).
p = mod((1:6)' * 0.618, 1);
dx = p - p';
r = sqrt(dx.^2 + 0.01);
a = sum(dx ./ r.^3, 2);
% CHECK: over double 6x6 outer: in0 in1
fprintf('%.17g ', a); fprintf('\n');
% Only a reduction reads the outer product.
s = sum((x - y).^2, 'all');
% CHECK: -> (%{{[0-9]+}} scalar double, %{{[0-9]+}} array double) over double 7x5 outer: in0 in1
fprintf('%.17g\n', s);
% single, 3-d: a 4x1x3 column block against a 1x5 row.
z = single(rand(4, 1, 3)) ./ single(rand(1, 5)) + 1;
% CHECK: over single 4x5x3 outer: in0 in1 in0
fprintf('%.9g ', z(:, :, 2)); fprintf('\n');
% Empty: 0x1 against 1x3 is 0x3.
e = zeros(0, 1) + (1:3);
fprintf('%d %d\n', size(e));
