% RUN: %mcc --emit=ir -I %S/Inputs %s | FileCheck %s
% Names that are never assigned are functions: a local function first, then
% NAME.m on the search path (here Inputs/twice.m via -I), then the builtin
% library. A name used before its assignment in a script is still a call.
% `[q, ~] = f(...)` asks for two outputs; a statement call asks for none.
a = helper(2);
b = twice(a);
c = pi;
pi = 3;
d = pi;
[q, ~] = helper(1);
disp(q)
hold on
function [r, s] = helper(x)
  r = x + 1;
  s = x - 1;
end

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: function calls() -> ()
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = const 2  ; line 6
% CHECK-NEXT:   %1 = call local calls>helper nargout=1 %0  ; line 6
% CHECK-NEXT:   %2 = call file twice nargout=1 %1  ; line 7
% CHECK-NEXT:   %3 = call builtin pi nargout=1  ; line 8
% CHECK-NEXT:   %4 = const 3  ; line 9
% CHECK-NEXT:   %5 = const 1  ; line 11
% CHECK-NEXT:   %6 = call local calls>helper nargout=2 %5  ; line 11
% CHECK-NEXT:   %7 = extract #0 %6  ; line 11
% CHECK-NEXT:   %8 = call builtin disp nargout=0 %7  ; line 12
% CHECK-NEXT:   setans %8  ; line 12
% CHECK-NEXT:   display ans %8  ; line 12
% CHECK-NEXT:   %9 = const 'on'  ; line 13
% CHECK-NEXT:   %10 = call builtin hold nargout=0 %9  ; line 13
% CHECK-NEXT:   setans %10  ; line 13
% CHECK-NEXT:   display ans %10  ; line 13
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb1:  ; preds: bb0
% CHECK-NEXT:   return
% CHECK-EMPTY:
% CHECK-NEXT: function calls>helper(x) -> (r, s)
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = param #0 x  ; line 14
% CHECK-NEXT:   %1 = const 1  ; line 15
% CHECK-NEXT:   %2 = binary plus %0, %1  ; line 15
% CHECK-NEXT:   %3 = const 1  ; line 16
% CHECK-NEXT:   %4 = binary minus %0, %3  ; line 16
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb1:  ; preds: bb0
% CHECK-NEXT:   return %2, %4
% CHECK-EMPTY:
% CHECK-NEXT: function twice(x) -> (y)
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = param #0 x  ; line 1
% CHECK-NEXT:   %1 = const 2  ; line 1
% CHECK-NEXT:   %2 = binary mtimes %1, %0  ; line 1
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb1:  ; preds: bb0
% CHECK-NEXT:   return %2
