% RUN: %mcc --emit=kernels %s | FileCheck %s
% An intermediate that something outside the kernel reads (here indexing)
% stays an output of the kernel; the rest of the chain still fuses.
x = linspace(0, 1, 50);
a = 2*x + 1;
b = a.^2 - x;
c = sum(b);
fprintf('%g %g\n', a(3), c);
% CHECK: kernel k0 in kept-intermediate: (%{{[0-9]+}} array double) -> (%{{[0-9]+}} array double, %{{[0-9]+}} scalar double)
% CHECK-NOT: kernel
