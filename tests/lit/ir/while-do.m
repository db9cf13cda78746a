% RUN: %mcc --emit=ir %s | FileCheck %s
% while tests before each iteration, Octave's do ... until after it.
n = 10;
while n > 1
  n = n / 2;
end
do
  n++;
until n >= 3

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: function while-do() -> ()
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = const 10  ; line 3
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb1:  ; preds: bb0 bb2
% CHECK-NEXT:   %1 = phi n [%0, bb0], [%6, bb2]
% CHECK-NEXT:   %2 = const 1  ; line 4
% CHECK-NEXT:   %3 = binary gt %1, %2  ; line 4
% CHECK-NEXT:   %4 = truth %3  ; line 4
% CHECK-NEXT:   condbr %4, bb2, bb3  ; line 4
% CHECK-NEXT: bb2:  ; preds: bb1
% CHECK-NEXT:   %5 = const 2  ; line 5
% CHECK-NEXT:   %6 = binary mrdivide %1, %5  ; line 5
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb3:  ; preds: bb1
% CHECK-NEXT:   br bb4
% CHECK-NEXT: bb4:  ; preds: bb3 bb5
% CHECK-NEXT:   %7 = phi n [%1, bb3], [%9, bb5]
% CHECK-NEXT:   %8 = const 1  ; line 8
% CHECK-NEXT:   %9 = binary plus %7, %8  ; line 8
% CHECK-NEXT:   br bb5
% CHECK-NEXT: bb5:  ; preds: bb4
% CHECK-NEXT:   %10 = const 3  ; line 9
% CHECK-NEXT:   %11 = binary ge %9, %10  ; line 9
% CHECK-NEXT:   %12 = truth %11  ; line 9
% CHECK-NEXT:   condbr %12, bb6, bb4  ; line 9
% CHECK-NEXT: bb6:  ; preds: bb5
% CHECK-NEXT:   br bb7
% CHECK-NEXT: bb7:  ; preds: bb6
% CHECK-NEXT:   return
