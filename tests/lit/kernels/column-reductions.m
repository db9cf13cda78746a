% RUN: %mcc -fno-small-arrays --emit=kernels %s | FileCheck --check-prefix=KERNELS %s
% RUN: %mcc -fno-small-arrays %s -o %t
% RUN: env MCC_DEVICE=cpu %t | FileCheck %s
% RUN: %gpu-env MCC_DEVICE=gpu %t | FileCheck %s
% Statistics of a whole array written with X(:): each reduction of the
% column is the reduction of X over 'all' (X(:) was a copy of X for each
% statement, then a runtime reduction of it), element-wise operations on
% columns move before the colon, std and var expand into kernels. Three
% kernels: X and its mean, the squared deviations from it (std and var of
% one X share their sum), and one for sum(X(:).^2), max and min, which
% share the pass; k1 and k2 read X (the Extract of k0) as their space, not
% as an outer product. The values are Octave's.
X = mod((1:120)' * (1:200) * 7, 97) / 97;
m = mean(X(:)); s = std(X(:)); v = var(X(:), 1);
q = sum(X(:).^2); mx = max(X(:)); mn = min(-X(:) + 1);
fprintf('%.10g %.10g %.10g %.10g %.10g %.10g\n', m, s, v, q, mx, mn);
% Columns of two arrays of different shapes stay as written.
A = ones(2, 3); B = ones(3, 2);
fprintf('%g\n', sum(A(:) + B(:)));
% KERNELS: kernel k0 in column-reductions: {{.*}} over double 120x200
% KERNELS: n{{[0-9]+}} = reduce mean all n{{[0-9]+}} : double
% KERNELS: kernel k1 in column-reductions: {{.*}} over double 120x200
% KERNELS-NEXT: n0 = load in0 : double
% KERNELS-NEXT: n1 = scalar in1 : double
% KERNELS-NEXT: n2 = minus n0, n1 : double
% KERNELS-NEXT: n3 = const 2 : double
% KERNELS-NEXT: n4 = power n2, n3 : double
% KERNELS-NEXT: n5 = reduce sum all n4 : double
% KERNELS-NEXT: kernel k2 in column-reductions: {{.*}} over double 120x200
% KERNELS-NEXT: n0 = load in0 : double
% KERNELS-NEXT: n1 = const 2 : double
% KERNELS-NEXT: n2 = power n0, n1 : double
% KERNELS-NEXT: n3 = reduce sum all n2 : double
% KERNELS-NEXT: n4 = reduce max all n0 : double
% KERNELS: reduce min all
% KERNELS: kernel k3 in column-reductions: {{.*}} over double 6x1
% KERNELS-NOT: kernel k4
% CHECK: 0.4907195017 0.2908498394 0.08459010433 7809.497609 0.9896907216 0.01030927835
% CHECK-NEXT: 12
% (-fno-small-arrays: the arrays of constant shape here stay arrays, as kernels
% take them, rather than becoming their elements: ScalarizeSmallArrays.h)
