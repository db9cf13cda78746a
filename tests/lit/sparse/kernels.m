% RUN: %mcc --emit=kernels %s | FileCheck %s
% Fusion leaves sparse values out: the element-wise chains on sparse
% matrices (abs(T) .* 2, S .^ 2 ./ 4) stay runtime calls, and the one kernel
% reads only the full vector y = S * x.
n = 100;
S = speye(n) * 3;
x = ones(n, 1);
y = S * x;
z = y .* 2 + 1;
T = -S + S;
w = abs(T) .* 2;
v = (S .^ 2) ./ 4;
fprintf('%g %g %g %g\n', sum(z), nnz(w), full(sum(sum(v))), sum(exp(y)));
% CHECK: kernel k0 in kernels: ({{%[0-9]+}} array double) -> ({{.*}}) over double 100x1
% CHECK-NOT: kernel k1
