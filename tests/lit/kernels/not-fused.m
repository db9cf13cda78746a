% RUN: %mcc --emit=kernels %s | FileCheck %s --allow-empty
% What fusion leaves to the runtime: a matrix product, a sum along the first
% non-singleton dim of a matrix whose first dim may be 1 (n-by-n), and
% element-wise ops whose shapes inference cannot prove equal. (A row and a
% column expanded against each other form an outer kernel: outer.m.)
n = numel([1 2 3]);
A = rand(n);
B = A * A;
c = sum(B);
d = linspace(0, 1, numel(c)) + linspace(0, 1, n);
fprintf('%d %d\n', numel(c), numel(d));
% CHECK-NOT: kernel
