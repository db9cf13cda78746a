% RUN: %mcc -fno-small-arrays --emit=kernels %s | FileCheck %s --check-prefix=KERNELS
% RUN: %mcc -fno-small-arrays %s -o %t && %mcc -fno-small-arrays -fno-fusion %s -o %t.unfused
% RUN: env MCC_CHECK_LEAKS=1 %t > %t.out && %t.unfused > %t.unfused.out && diff %t.out %t.unfused.out
% RUN: FileCheck %s < %t.out
% Reductions along one dim of a matrix fuse with the element-wise ops
% before them (the dim given, max(x, [], dim) for max and min, or the
% first when inference knows it is not 1): each output element folds its inputs in order, as the runtime does;
% empty dims give what the builtins give.
rng(1);
A = rand(3, 4);
B = sin(A) .* 2 + A.^2;
fprintf('%.17g ', sum(B), sum(B, 2)); fprintf('\n');
fprintf('%.17g ', max(A - 0.5), min(A * 2, [], 2)); fprintf('\n');
fprintf('%.17g ', mean(A .* 3, 2), prod(A + 1, 1)); fprintf('\n');
fprintf('%d ', any(A > 0.7), all(A > 0.1, 2)); fprintf('\n');
C = zeros(3, 0) + 1;
fprintf('%d %d, %d %d, %d %d\n', size(sum(C + 1)), size(sum(C * 2, 2)), size(max(C - 1)));
% CHECK: 1 0, 3 1, 1 0
E = zeros(0, 3) + 1;
fprintf('%d %d, %d %d\n', size(max(E * 2)), size(mean(E + 1)));
% CHECK: 0 3, 1 3
fprintf('%g ', mean(E + 1)); fprintf('\n');
% CHECK: NaN NaN NaN
% KERNELS: reduce sum along dim 1
% KERNELS: reduce sum along dim 2
% KERNELS: reduce max along dim 1
% KERNELS: reduce min along dim 2
% (-fno-small-arrays: the arrays of constant shape here stay arrays, as kernels
% take them, rather than becoming their elements: ScalarizeSmallArrays.h)
