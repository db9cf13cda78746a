% RUN: %mcc --emit=typed %s | FileCheck %s
% Shapes: constants from literal sizes, symbols for sizes known only at run
% time (zeros(n, 1) is n-by-1 with n the value %k), implicit expansion,
% matrix products, transposes and concatenation.
n = numel([1 2 3]);
a = zeros(3, 4);
b = ones(n, 1);
c = a' * ones(3, 2);
d = b + [1 2 3];
e = [1 2; 3 4];
f = [e, e; e, e];
g = 1:2:9;
h = [g 'a'];

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: function shapes() -> ()
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = const 1 : double scalar  ; line 5
% CHECK-NEXT:   %1 = const 2 : double scalar  ; line 5
% CHECK-NEXT:   %2 = const 3 : double scalar  ; line 5
% CHECK-NEXT:   %3 = matrix rows=[3] %0, %1, %2 : double 1x3  ; line 5
% CHECK-NEXT:   %4 = call builtin numel nargout=1 %3 : double scalar  ; line 5
% CHECK-NEXT:   %5 = const 3 : double scalar  ; line 6
% CHECK-NEXT:   %6 = const 4 : double scalar  ; line 6
% CHECK-NEXT:   %7 = call builtin zeros nargout=1 %5, %6 : double 3x4  ; line 6
% CHECK-NEXT:   %8 = const 1 : double scalar  ; line 7
% CHECK-NEXT:   %9 = call builtin ones nargout=1 %4, %8 : double %4x1  ; line 7
% CHECK-NEXT:   %10 = transpose ctranspose %7 : double 4x3  ; line 8
% CHECK-NEXT:   %11 = const 3 : double scalar  ; line 8
% CHECK-x86-64-v312 = const 2 : double scalar  ; line 8
% CHECK-NEXT:   %13 = call builtin ones nargout=1 %11, %12 : double 3x2  ; line 8
% CHECK-NEXT:   %14 = binary mtimes %10, %13 : double 4x2  ; line 8
% CHECK-NEXT:   %15 = const 1 : double scalar  ; line 9
% CHECK-NEXT:   %16 = const 2 : double scalar  ; line 9
% CHECK-NEXT:   %17 = const 3 : double scalar  ; line 9
% CHECK-NEXT:   %18 = matrix rows=[3] %15, %16, %17 : double 1x3  ; line 9
% CHECK-NEXT:   %19 = binary plus %9, %18 : double %4x3  ; line 9
% CHECK-NEXT:   %20 = const 1 : double scalar  ; line 10
% CHECK-NEXT:   h21 = const 2 : double scalar  ; line 10
% CHECK-NEXT:   %22 = const 3 : double scalar  ; line 10
% CHECK-NEXT:   %23 = const 4 : double scalar  ; line 10
% CHECK-NEXT:   %24 = matrix sows=[2,2] %20, %21, %22, %23 : double 2x2  ; line 10
% CHECK-NEXT:   %25 = matrix rows=[2,2] %24, %24, %24, %24 : double 4x4  ; line 11
% CHECK-NEXT:   %26 = const 1 : double scalar  ; line 12
% CHECK-NEXT:   %27 = const 2 : double scalar  ; line 12
% CHECK-NEXT:   %28 = const 9 : double scalar  ; line 12
% CHECK-NEXT:   %29 = range %26, %27, %28 : double 1x5  ; line 12
% CHECK-NEXT:   %30 = const 'a' : char scalar  ; line 13
% CHECK-NEXT:   %31 = matrix rows=[2] %29, %30 : char 1x6  ; line 13
% CHECK-NEXT:   brst %s | FileCheck %s
% Octave decodes backslash escapes in "..." st);
fprintf('%d points, sum of smooth steps = %.7f\n', n, sum(y));

function y% RUN: %mcc --emit=ast %S/Inputs/valid.m | FileCheck %s
% R bb1
% CHECK-NEXT: bb1:  ; preds: bb0
% CHECK-NEXT:   return
