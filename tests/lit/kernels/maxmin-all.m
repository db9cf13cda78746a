% RUN: %mcc --emit=kernels %s | FileCheck --check-prefix=KERNELS %s
% RUN: %mcc %s -o %t
% RUN: env MCC_DEVICE=cpu %t | FileCheck %s
% RUN: %gpu-env MCC_DEVICE=gpu %t | FileCheck %s
% max(x, [], 'all') and min(x, [], "all") are reductions over every element,
% as sum(x, 'all') is: they fuse with the element-wise operations before
% them and with each other (one kernel instead of one each and a host
% reduction of the whole array), and ignore NaN as max(x(:)) does. The
% values are Octave's for max(x(:)) and the like.
X = ones(300, 400) .* linspace(-1, 1, 400);
X(7, 9) = NaN;
S = single(X);
m1 = max(X .* 2, [], 'all'); m2 = min(X - 1, [], "all"); m3 = max(S * 3, [], 'all'); m4 = min(abs(S), [], 'all');
s1 = sum(X .* 2, 'all');
fprintf('%g %g %g %g %g\n', m1, m2, m3, m4, s1);
% KERNELS: kernel k1
% KERNELS-NEXT: n0 = load in0 : double
% KERNELS: reduce max all {{.*}} : double
% KERNELS: reduce min all {{.*}} : double
% KERNELS: reduce max all {{.*}} : single
% KERNELS: reduce min all {{.*}} : single
% KERNELS: reduce sum all {{.*}} : double
% KERNELS-NOT: kernel k2
% CHECK: 2 -2 3 0.00250627 NaN
