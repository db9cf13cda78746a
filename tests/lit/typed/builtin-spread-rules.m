% RUN: %mcc --emit=typed %s | FileCheck %s
% iqr, mad, skewness and kurtosis reduce like std: single or double, real,
% a vector to a scalar, a matrix along its first dim or a constant dim
% after the flag (mad(x, 1, 2)); integer data gives a class the rule leaves
% unknown (the runtime's double). gammainc types as an element-wise
% function of two arguments, expint as one that may turn complex.
x = rand(3, 4);
a = iqr(x);
b = mad(x, 1, 2);
c = skewness(single([1 2 5]));
d = kurtosis(x, 0, 1);
e = iqr(int8([1 2 3]));
f = gammainc(x, 2);
g = expint(x);

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: function builtin-spread-rules() -> ()
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = const 3 : double scalar  ; line 7
% CHECK-NEXT:   %1 = const 4 : double scalar  ; line 7
% CHECK-NEXT:   %2 = call builtin rand nargout=1 %0, %1 : double 3x4  ; line 7
% CHECK-NEXT:   %3 = call builtin iqr nargout=1 %2 : double 1x4  ; line 8
% CHECK-NEXT:   %4 = const 1 : double scalar  ; line 9
% CHECK-NEXT:   %5 = const 2 : double scalar  ; line 9
% CHECK-NEXT:   %6 = call builtin mad nargout=1 %2, %4, %5 : double 3x1  ; line 9
% CHECK-NEXT:   %7 = const 1 : double scalar  ; line 10
% CHECK-NEXT:   %8 = const 2 : double scalar  ; line 10
% CHECK-NEXT:   %9 = const 5 : double scalar  ; line 10
% CHECK-NEXT:   %10 = matrix rows=[3] %7, %8, %9 : double 1x3  ; line 10
% CHECK-NEXT:   %11 = call builtin single nargout=1 %10 : single 1x3  ; line 10
% CHECK-NEXT:   %12 = call builtin skewness nargout=1 %11 : single scalar  ; line 10
% CHECK-NEXT:   %13 = const 0 : double scalar  ; line 11
% CHECK-NEXT:   %14 = const 1 : double scalar  ; line 11
% CHECK-NEXT:   %15 = call builtin kurtosis nargout=1 %2, %13, %14 : double 1x4  ; line 11
% CHECK-NEXT:   %16 = const 1 : double scalar  ; line 12
% CHECK-NEXT:   %17 = const 2 : double scalar  ; line 12
% CHECK-NEXT:   %18 = const 3 : double scalar  ; line 12
% CHECK-NEXT:   %19 = matrix rows=[3] %16, %17, %18 : double 1x3  ; line 12
% CHECK-NEXT:   %20 = call builtin int8 nargout=1 %19 : int8 1x3  ; line 12
% CHECK-NEXT:   %21 = call builtin iqr nargout=1 %20 : ? scalar  ; line 12
% CHECK-NEXT:   %22 = const 2 : double scalar  ; line 13
% CHECK-NEXT:   %23 = call builtin gammainc nargout=1 %2, %22 : double 3x4  ; line 13
% CHECK-NEXT:   %24 = call builtin expint nargout=1 %2 : double real? 3x4  ; line 14
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb1:  ; preds: bb0
% CHECK-NEXT:   return
