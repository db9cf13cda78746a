% RUN: %mcc --emit=ir %s | FileCheck %s
% Statements without ';' display: an assignment shows its variable, a bare
% variable shows itself, any other value becomes ans and shows as ans.
x = 1
x
x + 1
[a, b] = size(x)

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: function auto-display() -> ()
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = const 1  ; line 4
% CHECK-NEXT:   display x %0  ; line 4
% CHECK-NEXT:   display x %0  ; line 5
% CHECK-NEXT:   %1 = const 1  ; line 6
% CHECK-NEXT:   %2 = binary plus %0, %1  ; line 6
% CHECK-NEXT:   display ans %2  ; line 6
% CHECK-NEXT:   %3 = call builtin size nargout=2 %0  ; line 7
% CHECK-NEXT:   %4 = extract #0 %3  ; line 7
% CHECK-NEXT:   %5 = extract #1 %3  ; line 7
% CHECK-NEXT:   display a %4  ; line 7
% CHECK-NEXT:   display b %5  ; line 7
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb1:  ; preds: bb0
% CHECK-NEXT:   return
