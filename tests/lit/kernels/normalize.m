% RUN: %mcc --emit=kernels %s | FileCheck %s
% RUN: %mcc %s -o %t && %mcc -fno-fusion %s -o %t.unfused
% RUN: env MCC_CHECK_LEAKS=1 %t > %t.out && %t.unfused > %t.unfused.out && diff %t.out %t.unfused.out
% Issue 4's per-image normalisation at small sizes: a B x H x W single
% batch, its mean and (population) standard deviation over dims 2 and 3,
% gain and bias, clamp at 0, power gamma, then the mean squared error
% against the input. Three kernels: the mean over [2 3]; the squared
% deviations and their mean over [2 3] (reading the mean expanded); the
% normalisation chain and its mean square error (reading the mean and the
% standard deviation expanded). sqrt of a mean of squares and the power of
% max(..., 0) are real (inference proves the operands never negative).
B = 3; H = 5; W = 7;
rng(0);
X = single(rand(B, H, W));
gain = single(1.5); bias = single(0.1); gamma = single(0.8);
mu = mean(X, [2 3]);
sigma = sqrt(mean((X - mu) .^ 2, [2 3]));
Y = max((X - mu) ./ sigma * gain + bias, 0) .^ gamma;
mse = mean((Y - X) .^ 2, 'all');
fprintf('%s %.9g %.9g %.9g\n', class(mse), mse, sigma(2), Y(2, 3, 4));
% CHECK: kernel k0 in normalize: (%{{[0-9]+}} array double) -> (%{{[0-9]+}} array single, %{{[0-9]+}} array single) over double 3x5x7
% CHECK: n2 = reduce mean along dims 2..3 n1 : single
% CHECK-NEXT: kernel k1 in normalize: (%{{[0-9]+}} array single, %{{[0-9]+}} array single expanded 2 3) -> (%{{[0-9]+}} array single) over single 3x5x7
% CHECK: n5 = reduce mean along dims 2..3 n4 : single
% CHECK-NEXT: kernel k2 in normalize: (%{{[0-9]+}} array single) -> (%{{[0-9]+}} array single) over single 3x1
% CHECK-NEXT: n0 = load in0 : single
% CHECK-NEXT: n1 = sqrt n0 : single
% CHECK-NEXT: kernel k3 in normalize: (%{{[0-9]+}} array single, %{{[0-9]+}} array single expanded 2 3, %{{[0-9]+}} array single expanded 2 3, %{{[0-9]+}} scalar single, %{{[0-9]+}} scalar single, %{{[0-9]+}} scalar single) -> (%{{[0-9]+}} array single, %{{[0-9]+}} scalar single) over single 3x5x7
% CHECK: n10 = max n8, n9 : single
% CHECK: n12 = power n10, n11 : single
% CHECK: n16 = reduce mean all n15 : single
% CHECK-NOT: kernel k4
