% RUN: %mcc --emit=typed %s | FileCheck %s
% A function is specialised once per signature of its arguments: twice
% here, for a double scalar and for a char row; calls name the copy they use.
% A double argument's signature says what the value-range analysis knows
% of every element it passes (whole; >0 or >=0): 3 and 4 are both whole
% and positive, so they share one copy.
a = twice(3);
b = twice('ab');
c = twice(4);
function y = twice(x)
  y = x + x;
end

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: function specialization() -> ()
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = const 3 : double scalar  ; line 7
% CHECK-NEXT:   %1 = call local specialization>twice<double scalar whole >0> nargout=1 %0 : double scalar  ; line 7
% CHECK-NEXT:   %2 = const 'ab' : char 1x2  ; line 8
% CHECK-NEXT:   %3 = call local specialization>twice<char 1x2> nargout=1 %2 : double 1x2  ; line 8
% CHECK-NEXT:   %4 = const 4 : double scalar  ; line 9
% CHECK-NEXT:   %5 = call local specialization>twice<double scalar whole >0> nargout=1 %4 : double scalar  ; line 9
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb1:  ; preds: bb0
% CHECK-NEXT:   return
% CHECK-EMPTY:
% CHECK-NEXT: function specialization>twice<double scalar whole >0>(x) -> (y)
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = param #0 x : double scalar  ; line 10
% CHECK-NEXT:   %1 = binary plus %0, %0 : double scalar  ; line 11
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb1:  ; preds: bb0
% CHECK-NEXT:   return %1
% CHECK-EMPTY:
% CHECK-NEXT: function specialization>twice<char 1x2>(x) -> (y)
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = param #0 x : char 1x2  ; line 10
% CHECK-NEXT:   %1 = binary plus %0, %0 : double 1x2  ; line 11
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb1:  ; preds: bb0
% CHECK-NEXT:   return %1
