% RUN: %mcc -fno-small-arrays --emit=kernels %s | FileCheck %s
% RUN: %mcc -fno-small-arrays %s -o %t && %mcc -fno-small-arrays -fno-fusion %s -o %t.unfused && %mcc -fno-small-arrays -O0 %s -o %t.O0
% RUN: env MCC_CHECK_LEAKS=1 %t > %t.out && %t.unfused > %t.unfused.out && %t.O0 > %t.O0.out
% RUN: diff %t.out %t.unfused.out && diff %t.out %t.O0.out
% RUN: %gpu-env MCC_DEVICE=gpu MCC_CHECK_LEAKS=1 %t > %t.gpu && diff %t.out %t.gpu
% Kernels reading arrays with implicit expansion print what the unfused
% program prints, to the last digit, on the CPU and the GPU: a column
% expanded along dim 2, a row along dim 1, a 3-d array minus its mean along
% dim 3, reductions of the expanded results, and an empty space.
rng(0);
A = rand(5, 7);
B = A - mean(A, 2);
fprintf('%.17g ', B(:, 3)); fprintf('\n');
g = rand(7, 1);
C = A .* g' + 1;
fprintf('%.17g ', C(2, :)); fprintf('\n');
mu = mean(A);
sigma = max(A) - min(A) + 1;
Z = (A - mu) ./ sigma;
fprintf('%.17g ', sum(Z), sum(Z, 2), sum(Z .^ 2, 'all')); fprintf('\n');
X = single(rand(3, 4, 5));
m = mean(X, 3);
Y = X - m;
fprintf('%.9g ', Y(:, :, 2)); fprintf('\n');
fprintf('%.9g ', sum(Y .* Y, 3), max(Y, 0.1)); fprintf('\n');
E = zeros(3, 0);
F = E - mean(E, 2);
fprintf('%d %d %g\n', size(F), sum(F, 'all'));
% CHECK: kernel k1 in run-expand: (%{{[0-9]+}} array double, %{{[0-9]+}} array double expanded 2)
% CHECK: kernel k2 in run-expand: (%{{[0-9]+}} array double, %{{[0-9]+}} array double expanded 1)
% CHECK: kernel k7 in run-expand: (%{{[0-9]+}} array double, %{{[0-9]+}} array double expanded 1, %{{[0-9]+}} array double expanded 1)
% CHECK: kernel k11 in run-expand: (%{{[0-9]+}} array single, %{{[0-9]+}} array single expanded 3)
% CHECK: kernel k15 in run-expand: (%{{[0-9]+}} array double, %{{[0-9]+}} array double expanded 2) -> (%{{[0-9]+}} array double) over double 3x0
% (-fno-small-arrays: the arrays of constant shape here stay arrays, as kernels
% take them, rather than becoming their elements: ScalarizeSmallArrays.h)
