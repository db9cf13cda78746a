% RUN: %mcc %s -o %t && %mcc -fno-fusion %s -o %t.unfused
% RUN: env MCC_CHECK_LEAKS=1 %t > %t.out && %t.unfused > %t.unfused.out && diff %t.out %t.unfused.out
% RUN: FileCheck %s < %t.out
% A fused program prints what the same program prints unfused, to the last
% digit: element-wise values, a kept intermediate, logical outputs, and
% reductions over fewer than MCC_KERNEL_BLOCK elements (added in order).
x = linspace(-3, 3, 1001);
y0 = (x.^2 + 1) ./ (abs(x) + 2);
y1 = floor(4*y0) - round(y0/3) + sign(x) .* fix(x);
fprintf('%.17g %.17g %.17g\n', y1(1), y1(500), y1(1001));
% CHECK: 10 1 10
big = y1 > 3;
fprintf('%d %d %d\n', sum(big), any(big), all(big));
% CHECK: 610 1 0
fprintf('%.17g %.17g %.17g %.17g\n', sum(y0), prod(y0 / 2), mean(y0), min(y0 - 1));
fprintf('%.17g %.17g\n', sum(y0, 'all'), sum(y0, 2));
e = x(x > 10);
fprintf('%d %d\n', numel(e + 1), sum(2 * e));
% CHECK: 0 0
