% RUN: %mcc --emit=ir %s | FileCheck %s
% && and || evaluate their right side only when needed: control flow, with
% a phi for the result. Each side must be a logical scalar.
a = 1; b = 0;
c = a && b;
d = a || f();
function r = f()
  r = true;
end

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: function short-circuit() -> ()
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = const 1  ; line 4
% CHECK-NEXT:   %1 = const 0  ; line 4
% CHECK-NEXT:   %2 = logicalscalar %0  ; line 5
% CHECK-NEXT:   condbr %2, bb1, bb2  ; line 5
% CHECK-NEXT: bb1:  ; preds: bb0
% CHECK-NEXT:   %3 = logicalscalar %1  ; line 5
% CHECK-NEXT:   br bb2
% CHECK-NEXT: bb2:  ; preds: bb0 bb1
% CHECK-NEXT:   %4 = phi #cond0 [%2, bb0], [%3, bb1]
% CHECK-NEXT:   %5 = logicalscalar %0  ; line 6
% CHECK-NEXT:   condbr %5, bb4, bb3  ; line 6
% CHECK-NEXT: bb3:  ; preds: bb2
% CHECK-NEXT:   %6 = call local short-circuit>f nargout=1  ; line 6
% CHECK-NEXT:   %7 = logicalscalar %6  ; line 6
% CHECK-NEXT:   br bb4
% CHECK-NEXT: bb4:  ; preds: bb2 bb3
% CHECK-NEXT:   %8 = phi #cond1 [%5, bb2], [%7, bb3]
% CHECK-NEXT:   br bb5
% CHECK-NEXT: bb5:  ; preds: bb4
% CHECK-NEXT:   return
% CHECK-EMPTY:
% CHECK-NEXT: function short-circuit>f() -> (r)
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = call builtin true nargout=1  ; line 8
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb1:  ; preds: bb0
% CHECK-NEXT:   return %0
