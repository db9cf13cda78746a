% RUN: %mcc %s -o %t && %mcc -fno-fusion %s -o %t.unfused
% RUN: env MCC_NUM_THREADS=1 MCC_CHECK_LEAKS=1 %t > %t.1 && env MCC_NUM_THREADS=4 %t > %t.4 && diff %t.1 %t.4
% RUN: %t.unfused > %t.u && diff %t.1 %t.u
% RUN: FileCheck %s < %t.1
% Above MCC_KERNEL_PARALLEL_MIN elements a kernel runs on the thread pool;
% blocks are fixed and their partials combined in order, so every thread
% count prints the same. Element-wise values and max/min/any/all/prod are
% those of the unfused program exactly; this sum is exact in both (the
% terms are small integers).
n = 300001;
x = linspace(0, 3, n);
k = floor(10*x) .* (x > 1) - 2;
fprintf('%.17g %.17g %.17g\n', sum(k), max(k), min(k));
% CHECK: 3300018 28 -2
fprintf('%d %d %.17g\n', any(k > 27), all(k >= -2), prod(k(1:5) + 3));
% CHECK: 1 1 1
w = sqrt(abs(cos(x)) + 1) - x./(1 + x.^2);
fprintf('%.17g %.17g %.17g\n', w(1), w(150000), w(n));
