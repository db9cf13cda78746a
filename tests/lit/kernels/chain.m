% RUN: %mcc --emit=kernels %s | FileCheck %s
% Issue 4's element-wise chain and the two reductions of its result become
% one kernel: no intermediate array (y0, y1, y2, x/10, ...) is kept, and
% both reductions are outputs of the same pass over x.
x = linspace(0, 10, 1000);
y0 = sin(x).*exp(-x/10);
y1 = y0.*cos(x/4) + 0.25*y0.^2;
y2 = tanh(y1) + 0.1*y1;
s = sum(y2);
m = max(y2);
fprintf('%.10f %.10f\n', s, m);
% CHECK: kernel k0 in chain: (%{{[0-9]+}} array double) -> (%{{[0-9]+}} scalar double, %{{[0-9]+}} scalar double) over double 1x1000
% CHECK: reduce sum
% CHECK: reduce max
% CHECK-NOT: kernel
