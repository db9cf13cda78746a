% RUN: %mcc %s -o %t && %mcc -fno-fusion %s -o %t.unfused && %mcc -O0 %s -o %t.O0
% RUN: env MCC_CHECK_LEAKS=1 %t > %t.out && %t.unfused > %t.unfused.out && %t.O0 > %t.O0.out
% RUN: diff %t.out %t.unfused.out && diff %t.out %t.O0.out
% RUN: FileCheck %s < %t.out
% Fused single kernels print what the unfused program prints, to the last
% digit: arithmetic in single (double operands rounded to single first, as
% MATLAB does), comparisons, rounding, sums of at most 16,384 elements
% (added in double, as the runtime's sum of single), mean, max and
% min, reductions along a dim, and integer-valued sums of longer arrays.
x = single(linspace(-3, 3, 1001));
a = 0.1;
y0 = (x.^2 + a) ./ (abs(x) + 2);
y1 = floor(4*y0) - round(y0/3) + sign(x) .* fix(x);
fprintf('%s %s %.9g %.9g %.9g\n', class(y0), class(y1), y0(1), y0(500), y1(1001));
% CHECK: single single
big = y1 > 3;
fprintf('%d %d %d\n', sum(big), any(big), all(big));
fprintf('%.9g %.9g %.9g %.9g %.9g\n', sum(y0), prod(y0 / 2 + 0.5), mean(y0), min(y0 - 1), max(y0 * 3));
fprintf('%s %s %s\n', class(sum(y0)), class(mean(y0 * 2)), class(max(y0 + 1)));
% CHECK: single single single
d = linspace(0, 1, 1001);
w = x .* d - 1 ./ (d + 1);
fprintf('%s %.9g %.9g\n', class(w), w(7), sum(w));
% CHECK: single
A = reshape(single(1:12) / 7, 3, 4);
B = A .^ 2 + 1;
fprintf('%.9g ', sum(B), sum(B, 2), mean(B * 3, 2), prod(A + 1, 1)); fprintf('\n');
fprintf('%s %s\n', class(sum(B, 2)), class(mean(A - 1, 2)));
% CHECK: single single
n = 100000;
v = single(mod(1:n, 7));
fprintf('%.9g %.9g %.9g\n', sum(v * 2 + 1), max(v - 3), mean(v > 2));
e = x(x > 10);
fprintf('%d %s %g %s\n', numel(e + 1), class(sum(2 * e)), sum(2 * e), class(max(e + 1)));
% CHECK: 0 single 0 single
