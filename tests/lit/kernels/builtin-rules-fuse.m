% RUN: %mcc --emit=kernels %s | FileCheck %s
% str2double(getenv(...)) is a double scalar, so linspace gives a double
% row of run-time length and the element-wise chain with its sum becomes
% one kernel (before the builtins had type rules, every value here was
% unknown and nothing fused).
n = str2double(getenv('N'));
x = linspace(0, 100, n);
y = sin(x) + 1;
s = sum(y);
fprintf('%g\n', s);
% CHECK: kernel k0 in builtin-rules-fuse: ({{.*}}) -> (%{{[0-9]+}} scalar double) over double 1x?
% CHECK: reduce sum
% CHECK-NOT: kernel
