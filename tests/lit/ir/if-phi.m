% RUN: %mcc --emit=ir %s | FileCheck %s
% Assignments in the branches of an if meet in a phi at the join; a variable
% assigned in one branch only is undefined on the other path.
x = 1;
if x > 0
  y = 2;
  z = 5;
elseif x < -1
  y = 3;
else
  y = 4;
end
w = y + z;

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: function if-phi() -> ()
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = undef z
% CHECK-NEXT:   %1 = const 1  ; line 4
% CHECK-NEXT:   %2 = const 0  ; line 5
% CHECK-NEXT:   %3 = binary gt %1, %2  ; line 5
% CHECK-NEXT:   %4 = truth %3  ; line 5
% CHECK-NEXT:   condbr %4, bb1, bb2  ; line 5
% CHECK-NEXT: bb1:  ; preds: bb0
% CHECK-NEXT:   %5 = const 2  ; line 6
% CHECK-NEXT:   %6 = const 5  ; line 7
% CHECK-NEXT:   br bb5
% CHECK-NEXT: bb2:  ; preds: bb0
% CHECK-NEXT:   %7 = const 1  ; line 8
% CHECK-NEXT:   %8 = unary uminus %7  ; line 8
% CHECK-NEXT:   %9 = binary lt %1, %8  ; line 8
% CHECK-NEXT:   %10 = truth %9  ; line 8
% CHECK-NEXT:   condbr %10, bb3, bb4  ; line 8
% CHECK-NEXT: bb3:  ; preds: bb2
% CHECK-NEXT:   %11 = const 3  ; line 9
% CHECK-NEXT:   br bb5
% CHECK-NEXT: bb4:  ; preds: bb2
% CHECK-NEXT:   %12 = const 4  ; line 11
% CHECK-NEXT:   br bb5
% CHECK-NEXT: bb5:  ; preds: bb1 bb3 bb4
% CHECK-NEXT:   %13 = phi y [%5, bb1], [%11, bb3], [%12, bb4]
% CHECK-NEXT:   %14 = phi z [%6, bb1], [%0, bb3], [%0, bb4]
% CHECK-NEXT:   %15 = binary plus %13, %14  ; line 13
% CHECK-NEXT:   br bb6
% CHECK-NEXT: bb6:  ; preds: bb5
% CHECK-NEXT:   return
