% RUN: %mcc -fno-small-arrays --emit=kernels %s | FileCheck %s
% RUN: %mcc -fno-small-arrays --emit=typed %s | FileCheck --check-prefix=TYPED %s
% RUN: %mcc -fno-small-arrays %s -o %t && %t | FileCheck --check-prefix=OUT %s
% A string literal option reads as its char spelling at compile time:
% sum(X, "all") fuses into one kernel reducing over every element, as
% sum(X, 'all') does, and its type is the char spelling's; intmax("int16")
% types as intmax('int16').
X = rand(3, 4) + 1;
s = sum(X .* 2, "all");
t = sum(X .* 2, 'all');
fprintf('%d\n', abs(s - t) < 1e-12);
z = zeros(2, "int32");
m = intmax("int16");
fprintf('%s %s\n', class(z), class(m));
% Both sums, string and char, are reductions of one fused kernel.
% CHECK: kernel k0 in string-options: (%{{[0-9]+}} array double) -> (%{{[0-9]+}} scalar double, %{{[0-9]+}} scalar double) over double 3x4
% CHECK: reduce sum all
% CHECK: reduce sum all
% CHECK-NOT: kernel
% TYPED: call builtin sum nargout=1 %{{[0-9]+}}, %{{[0-9]+}} : double scalar  ; line 9
% TYPED: call builtin sum nargout=1 %{{[0-9]+}}, %{{[0-9]+}} : double scalar  ; line 10
% TYPED: call builtin intmax nargout=1 %{{[0-9]+}} : int16 scalar
% OUT: 1
% OUT-NEXT: int32 int16
% (-fno-small-arrays: the arrays of constant shape here stay arrays, as kernels
% take them, rather than becoming their elements: ScalarizeSmallArrays.h)
