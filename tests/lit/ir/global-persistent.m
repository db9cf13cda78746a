% RUN: %mcc --emit=ir %s | FileCheck %s
% After `global`/`persistent`, reads of the name load its slot and
% assignments store it (no SSA value of the variable survives a call that
% may change the global); before the declaration the name is an ordinary
% variable. Persistent slots are named after their function.
global g
g = 1;
bump();
y = g + 1;

function n = bump()
  global g
  persistent count
  if isempty(count), count = 0; end
  count = count + 1;
  g(end + 1) = count;
  n = count;
end

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: function global-persistent() -> ()
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = const 1  ; line 7
% CHECK-NEXT:   globalstore global g %0  ; line 7
% CHECK-NEXT:   %1 = call local global-persistent>bump nargout=0  ; line 8
% CHECK-NEXT:   setans %1  ; line 8
% CHECK-NEXT:   %2 = globalload global g  ; line 9
% CHECK-NEXT:   %3 = const 1  ; line 9
% CHECK-NEXT:   %4 = binary plus %2, %3  ; line 9
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb1:  ; preds: bb0
% CHECK-NEXT:   return
% CHECK-EMPTY:
% CHECK-NEXT: function global-persistent>bump() -> (n)
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = globalload persistent global-persistent>bump.count  ; line 14
% CHECK-NEXT:   %1 = call builtin isempty nargout=1 %0  ; line 14
% CHECK-NEXT:   %2 = truth %1  ; line 14
% CHECK-NEXT:   condbr %2, bb1, bb2  ; line 14
% CHECK-NEXT: bb1:  ; preds: bb0
% CHECK-NEXT:   %3 = const 0  ; line 14
% CHECK-NEXT:   globalstore persistent global-persistent>bump.count %3  ; line 14
% CHECK-NEXT:   br bb3
% CHECK-NEXT: bb2:  ; preds: bb0
% CHECK-NEXT:   br bb3
% CHECK-NEXT: bb3:  ; preds: bb1 bb2
% CHECK-NEXT:   %4 = globalload persistent global-persistent>bump.count  ; line 15
% CHECK-NEXT:   %5 = const 1  ; line 15
% CHECK-NEXT:   %6 = binary plus %4, %5  ; line 15
% CHECK-NEXT:   globalstore persistent global-persistent>bump.count %6  ; line 15
% CHECK-NEXT:   %7 = globalload persistent global-persistent>bump.count  ; line 16
% CHECK-NEXT:   %8 = globalload global g  ; line 16
% CHECK-NEXT:   %9 = endof dim 1 of 1 %8  ; line 16
% CHECK-NEXT:   %10 = const 1  ; line 16
% CHECK-NEXT:   %11 = binary plus %9, %10  ; line 16
% CHECK-NEXT:   %12 = subsasgn %8, %7, %11  ; line 16
% CHECK-NEXT:   globalstore global g %12  ; line 16
% CHECK-NEXT:   %13 = globalload persistent global-persistent>bump.count  ; line 17
% CHECK-NEXT:   br bb4
% CHECK-NEXT: bb4:  ; preds: bb3
% CHECK-NEXT:   return %13
