% RUN: %mcc --emit=kernels %s | FileCheck %s
% RUN: %mcc %s -o %t && %mcc -fno-fusion %s -o %t.unfused
% RUN: env MCC_CHECK_LEAKS=1 %t > %t.out && %t.unfused > %t.unfused.out && diff %t.out %t.unfused.out
% std and var with a weight of 0 or 1 and constant dims over a known size
% become their definition (kernels/ExpandSpread.h), so they fuse: std(X, 0,
% [2 3]) reuses the program's own mean(X, [2 3]) and adds the squared
% deviations in one kernel; sqrt(s / (n - 1)) is a kernel over the 3x1
% results. The unfused program (the runtime's std) prints the same digits.
B = 3; H = 5; W = 7;
rng(0);
X = single(rand(B, H, W));
mu = mean(X, [2 3]);
sd = std(X, 0, [2 3]);
Y = max((X - mu) ./ sd * 1.5 + 0.25, 0) .^ 0.8;
e = mean((Y - X) .^ 2, 'all');
v = var(double(X), 1, 3);
fprintf('%s %.9g %.9g %.9g %.17g\n', class(sd), e, sd(2), Y(2, 3, 4), v(2, 5));
% CHECK: kernel k0 in spread: {{.*}} over double 3x5x7
% CHECK: n2 = reduce mean along dims 2..3 n1 : single
% CHECK-NEXT: kernel k1 in spread: (%{{[0-9]+}} array single, %{{[0-9]+}} array single expanded 2 3) -> (%{{[0-9]+}} array single) over single 3x5x7
% CHECK: power
% CHECK: reduce sum along dims 2..3 {{.*}} : single
% CHECK-NEXT: kernel k2 in spread: (%{{[0-9]+}} array single) -> (%{{[0-9]+}} array single) over single 3x1
% CHECK: rdivide
% CHECK: sqrt
% CHECK: reduce mean all
% CHECK: reduce mean along dim 3 {{.*}} : double
% CHECK: reduce sum along dim 3 {{.*}} : double
