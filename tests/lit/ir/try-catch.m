% RUN: %mcc --emit=ir %s | FileCheck %s
% try/catch: the region starts with tryenter; each statement in it starts
% with a trybr whose handler edge carries the variables' values at that
% point (x is 1 or 2 in the handler, as far as the error got); the handler
% starts with the caught MException.
x = 1;
v = [1 2];
try
  x = 2;
  y = v(3);
catch err
  disp(err.message);
end
disp(x);

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: function try-catch() -> ()
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = const 1  ; line 6
% CHECK-NEXT:   %1 = const 1  ; line 7
% CHECK-NEXT:   %2 = const 2  ; line 7
% CHECK-NEXT:   %3 = matrix rows=[2] %1, %2  ; line 7
% CHECK-NEXT:   tryenter  ; line 8
% CHECK-NEXT:   trybr bb1, bb3
% CHECK-NEXT: bb1:  ; preds: bb0
% CHECK-NEXT:   %4 = const 2  ; line 9
% CHECK-NEXT:   trybr bb2, bb3
% CHECK-NEXT: bb2:  ; preds: bb1
% CHECK-NEXT:   %5 = const 3  ; line 10
% CHECK-NEXT:   %6 = subsref %3, %5  ; line 10
% CHECK-NEXT:   tryleave  ; line 8
% CHECK-NEXT:   br bb4
% CHECK-NEXT: bb3:  ; preds: bb0 bb1
% CHECK-NEXT:   %7 = phi x [%0, bb0], [%4, bb1]
% CHECK-NEXT:   %8 = caught  ; line 8
% CHECK-NEXT:   %9 = field list message %8  ; line 12
% CHECK-NEXT:   %10 = call builtin disp nargout=0 ...%9  ; line 12
% CHECK-NEXT:   setans %10  ; line 12
% CHECK-NEXT:   br bb4
% CHECK-NEXT: bb4:  ; preds: bb2 bb3
% CHECK-NEXT:   %11 = phi x [%4, bb2], [%7, bb3]
% CHECK-NEXT:   %12 = call builtin disp nargout=0 %11  ; line 14
% CHECK-NEXT:   setans %12  ; line 14
% CHECK-NEXT:   br bb5
% CHECK-NEXT: bb5:  ; preds: bb4
% CHECK-NEXT:   return
