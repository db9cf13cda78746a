% RUN: %mcc --emit=kernels %s | FileCheck %s
% Kernels that read the same array and not each other's values are one
% kernel (one pass): the max and the min of v join v's own kernel. Where
% something outside needs a kernel's value before its sibling ends (the
% mask indexing v, the print of a), they stay apart.
v = linspace(-1, 1, 101).^3;
r = max(v) - min(v);
p = v(v > 0);
fprintf('%g %g\n', r, numel(p));
a = sum(v);
fprintf('%g\n', a);
b = mean(v);
fprintf('%g\n', b);
% CHECK: kernel k0 in siblings: (%{{[0-9]+}} array double) -> (%{{[0-9]+}} array double, %{{[0-9]+}} scalar double, %{{[0-9]+}} scalar double)
% CHECK: reduce max
% CHECK: reduce min
% CHECK: kernel k1 {{.*}} -> (%{{[0-9]+}} array logical)
% CHECK: kernel k2
% CHECK: reduce sum
% CHECK: kernel k3
% CHECK: reduce mean
% CHECK-NOT: kernel
