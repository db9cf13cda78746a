% RUN: %mcc --emit=ir %s | FileCheck %s
% An anonymous function becomes a function of its own; the variables it
% names from the enclosing workspace are captured by value when it is made.
k = 3;
f = @(x) x.^2 + k;
k = 4;
y = f(2);
g = @sin;

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: function anonymous() -> ()
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = const 3  ; line 4
% CHECK-NEXT:   %1 = closure anonymous>@0 %0  ; line 5
% CHECK-NEXT:   %2 = const 4  ; line 6
% CHECK-NEXT:   %3 = const 2  ; line 7
% CHECK-NEXT:   %4 = subsref %1, %3  ; line 7
% CHECK-NEXT:   %5 = fhandle @sin  ; line 8
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb1:  ; preds: bb0
% CHECK-NEXT:   return
% CHECK-EMPTY:
% CHECK-NEXT: function anonymous>@0(k, x) -> (ans)
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = param #0 k  ; line 5
% CHECK-NEXT:   %1 = param #1 x  ; line 5
% CHECK-NEXT:   %2 = const 2  ; line 5
% CHECK-NEXT:   %3 = binary power %1, %2  ; line 5
% CHECK-NEXT:   %4 = binary plus %3, %0  ; line 5
% CHECK-NEXT:   return %4  ; line 5
