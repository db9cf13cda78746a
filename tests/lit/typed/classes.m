% RUN: %mcc --emit=typed %s | FileCheck %s
% MATLAB's class rules: an integer wins over double, single over double,
% char and logical arithmetic is double, comparisons are logical; sqrt and
% a non-integer power may turn a real value complex, so their complexity is
% unknown until run time, unless the value is never negative (sqrt(2)).
a = int8(5) + 2.5;
b = single(1) * 3;
c = 'a' + 1;
d = true + true;
e = 3 > 2;
f = sqrt(2);
g = 2 ^ 0.5;
h = 2 ^ 3;
z = 3i * 2;

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: function classes() -> ()
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = const 5 : double scalar  ; line 6
% CHECK-NEXT:   %1 = call builtin int8 nargout=1 %0 : int8 scalar  ; line 6
% CHECK-NEXT:   %2 = const 2.5 : double scalar  ; line 6
% CHECK-NEXT:   %3 = binary plus %1, %2 : int8 scalar  ; line 6
% CHECK-NEXT:   %4 = const 1 : double scalar  ; line 7
% CHECK-NEXT:   %5 = call builtin single nargout=1 %4 : single scalar  ; line 7
% CHECK-NEXT:   %6 = const 3 : double scalar  ; line 7
% CHECK-NEXT:   %7 = binary mtimes %5, %6 : single scalar  ; line 7
% CHECK-NEXT:   %8 = const 'a' : char scalar  ; line 8
% CHECK-NEXT:   %9 = const 1 : double scalar  ; line 8
% CHECK-NEXT:   %10 = binary plus %8, %9 : double scalar  ; line 8
% CHECK-NEXT:   %11 = call builtin true nargout=1 : logical scalar  ; line 9
% CHECK-NEXT:   %12 = call builtin true nargout=1 : logical scalar  ; line 9
% CHECK-NEXT:   %13 = binary plus %11, %12 : double scalar  ; line 9
% CHECK-NEXT:   %14 = const 3 : double scalar  ; line 10
% CHECK-NEXT:   %15 = const 2 : double scalar  ; line 10
% CHECK-NEXT:   %16 = binary gt %14, %15 : logical scalar  ; line 10
% CHECK-NEXT:   %17 = const 2 : double scalar  ; line 11
% CHECK-NEXT:   %18 = call builtin sqrt nargout=1 %17 : double scalar  ; line 11
% CHECK-NEXT:   %19 = const 2 : double scalar  ; line 12
% CHECK-NEXT:   %20 = const 0.5 : double scalar  ; line 12
% CHECK-NEXT:   %21 = binary mpower %19, %20 : double scalar  ; line 12
% CHECK-NEXT:   %22 = const 2 : double scalar  ; line 13
% CHECK-NEXT:   %23 = const 3 : double scalar  ; line 13
% CHECK-NEXT:   %24 = binary mpower %22, %23 : double scalar  ; line 13
% CHECK-NEXT:   %25 = const 0+3i : double complex scalar  ; line 14
% CHECK-NEXT:   %26 = const 2 : double scalar  ; line 14
% CHECK-NEXT:   %27 = binary mtimes %25, %26 : double complex scalar  ; line 14
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb1:  ; preds: bb0
% CHECK-NEXT:   return
