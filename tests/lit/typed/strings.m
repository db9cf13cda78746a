% RUN: %mcc --emit=typed %s | FileCheck %s
% String values are boxed values of class string: a literal is 1x1, + and
% comparisons of strings follow implicit expansion and [s, t] of strings
% concatenation, while a char or number operand converts to strings of its
% own shape (a char row is one string), so mixing gives an unknown size.
s = "ab";
t = [s, "cd"];
u = t + "!";
v = s == 'ab';
w = [s, 'cd', 1];
fprintf('%s %d %s\n', u, v, w);

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: function strings() -> ()
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = const "ab" : string scalar  ; line 6
% CHECK-NEXT:   %1 = const "cd" : string scalar  ; line 7
% CHECK-NEXT:   %2 = matrix rows=[2] %0, %1 : string 1x2  ; line 7
% CHECK-NEXT:   %3 = const "!" : string scalar  ; line 8
% CHECK-NEXT:   %4 = binary plus %2, %3 : string 1x2  ; line 8
% CHECK-NEXT:   %5 = const 'ab' : char 1x2  ; line 9
% CHECK-NEXT:   %6 = binary eq %0, %5 : logical ?  ; line 9
% CHECK-NEXT:   %7 = const 'cd' : char 1x2  ; line 10
% CHECK-NEXT:   %8 = const 1 : double scalar  ; line 10
% CHECK-NEXT:   %9 = matrix rows=[3] %0, %7, %8 : string ?  ; line 10
% CHECK-NEXT:   %10 = const '%s %d %s\\n' : char 1x10  ; line 11
% CHECK-NEXT:   %11 = call builtin fprintf nargout=0 %10, %4, %6, %9 : none  ; line 11
% CHECK-NEXT:   setans %11  ; line 11
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb1:  ; preds: bb0
% CHECK-NEXT:   return
