% RUN: %mcc -fno-small-arrays --emit=kernels %s | FileCheck %s
% Implicit expansion inside kernels: an array with extent 1 where the
% space has more is read through strides that are 0 along those dims, so
% a chain with implicit expansion is one kernel (the mean itself is
% another: a kernel never reads its own reduction). sum(B(:)) is sum(B,
% 'all') (ColumnReductions), so B, C and Z are the kernel's sums, not arrays.
rng(0);
A = rand(4, 6);
B = A - mean(A, 2);
g = rand(6, 1);
C = A .* g' + 1;
mu = mean(A);
sigma = max(A) - min(A) + 1;
Z = (A - mu) ./ sigma;
fprintf('%.6f %.6f %.6f\n', sum(B(:)), sum(C(:)), sum(Z(:)));
% CHECK: kernel k0 in expand: (%{{[0-9]+}} array double) -> (%{{[0-9]+}} array double) over double 4x6
% CHECK-NEXT: n0 = load in0 : double
% CHECK-NEXT: n1 = reduce mean along dim 2 n0 : double
% CHECK-NEXT: kernel k1 in expand: (%{{[0-9]+}} array double, %{{[0-9]+}} array double expanded 2, %{{[0-9]+}} array double expanded 1, %{{[0-9]+}} array double expanded 1, %{{[0-9]+}} array double expanded 1) -> (%{{[0-9]+}} scalar double, %{{[0-9]+}} scalar double, %{{[0-9]+}} scalar double) over double 4x6
% CHECK: n2 = minus n0, n1 : double
% CHECK: n4 = times n0, n3 : double
% CHECK: n10 = rdivide n8, n9 : double
% CHECK: kernel k5 in expand: {{.*}} over double 1x6
% CHECK-NOT: kernel k6
% (-fno-small-arrays: the arrays of constant shape here stay arrays, as kernels
% take them, rather than becoming their elements: ScalarizeSmallArrays.h)
