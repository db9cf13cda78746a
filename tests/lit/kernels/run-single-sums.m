% RUN: %mcc %s -o %t && %mcc -fno-fusion %s -o %t.unfused
% RUN: %t > %t.out && %t.unfused > %t.unfused.out
% RUN: FileCheck %s < %t.out && FileCheck %s < %t.unfused.out
% Sums, means and standard deviations of single data are single and as
% accurate as a double sum rounded once (within one single ulp of it), fused
% or not: a float running sum of 8M values in [0, 1) is off by 0.4%, a sum
% in float blocks of 16,384 by about 16 ulps. Along a dim too, and over a
% vecdim (rounded to single after each dim, as the runtime reduces).
n = 2^23;
x = single(mod((0:n-1) * 0.6180339887498949, 1));
d = double(x);
near = @(s, r) fprintf('%s %d\n', class(s), abs(double(s) - r) <= eps(single(r)));
near(sum(x), sum(d));
% CHECK: single 1
near(sum(x * 2), sum(d * 2));
% CHECK-NEXT: single 1
near(mean(x), mean(d));
% CHECK-NEXT: single 1
near(mean(x + 1), mean(d + 1));
% CHECK-NEXT: single 1
near(std(x), std(d));
% CHECK-NEXT: single 1
near(var(x), var(d));
% CHECK-NEXT: single 1
X = reshape(x, 8, n / 8);
r = sum(X * 3, 2);
R = sum(reshape(d, 8, n / 8) * 3, 2);
fprintf('%s %d\n', class(r), all(abs(double(r) - R) <= eps(single(R))));
% CHECK-NEXT: single 1
m = mean(reshape(x, 2, 2048, 2048) - 1, [2 3]);
M = mean(reshape(d, 2, 2048, 2048) - 1, [2 3]);
fprintf('%s %d\n', class(m), all(abs(double(m) - M) <= 2 * eps(single(M))));
% CHECK-NEXT: single 1
