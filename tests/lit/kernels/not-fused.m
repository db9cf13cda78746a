% RUN: %mcc --emit=kernels %s | FileCheck %s --allow-empty
% What fusion leaves to the runtime: a matrix product, a sum along the rows
% of a matrix of unknown shape, implicit expansion of a row and a column
% (the shapes differ), and element-wise ops whose shapes inference cannot
% prove equal.
A = rand(3);
B = A * A;
c = sum(B);
r = 1:3;
C = r + r';
d = linspace(0, 1, 4) + linspace(0, 1, 4);
fprintf('%d %d %d\n', numel(c), numel(C), numel(d));
% CHECK-NOT: kernel
