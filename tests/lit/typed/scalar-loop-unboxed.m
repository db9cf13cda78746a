% RUN: %mcc --emit=typed %s | FileCheck %s
% A scalar loop and a recursive scalar function are fully unboxed: every
% value is a known real scalar (double or logical), none is boxed.
n = 20;
r = fib(n);
s = 0;
for k = 1:1000
  s = s + 1 / (k * k);
end
fprintf('%d %.6f\n', r, s);
function r = fib(n)
  if n < 2
    r = n;
  else
    r = fib(n - 1) + fib(n - 2);
  end
end

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: function scalar-loop-unboxed() -> ()
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = const 20 : double scalar  ; line 4
% CHECK-NEXT:   %1 = call local scalar-loop-unboxed>fib<double scalar> nargout=1 %0 : double scalar  ; line 5
% CHECK-NEXT:   %2 = const 0 : double scalar  ; line 6
% CHECK-NEXT:   %3 = const 1 : double scalar  ; line 7
% CHECK-NEXT:   %4 = const 1000 : double scalar  ; line 7
% CHECK-NEXT:   %5 = const 1 : double scalar  ; line 7
% CHECK-NEXT:   %6 = range %3, %5, %4 : double 1x1000  ; line 7
% CHECK-NEXT:   %7 = forcount %6 : double scalar  ; line 7
% CHECK-NEXT:   %8 = const 1 : double scalar  ; line 7
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb1:  ; preds: bb0 bb3
% CHECK-NEXT:   %9 = phi #for0 [%8, bb0], [%18, bb3] : double scalar
% CHECK-NEXT:   %10 = phi s [%2, bb0], [%16, bb3] : double scalar
% CHECK-NEXT:   %11 = binary le %9, %7 : logical scalar  ; line 7
% CHECK-NEXT:   condbr %11, bb2, bb4  ; line 7
% CHECK-NEXT: bb2:  ; preds: bb1
% CHECK-NEXT:   %12 = forvalue %6, %9 : double scalar  ; line 7
% CHECK-NEXT:   %13 = const 1 : double scalar  ; line 8
% CHECK-NEXT:   %14 = binary mtimes %12, %12 : double scalar  ; line 8
% CHECK-NEXT:   %15 = binary mrdivide %13, %14 : double scalar  ; line 8
% CHECK-NEXT:   %16 = binary plus %10, %15 : double scalar  ; line 8
% CHECK-NEXT:   br bb3
% CHECK-NEXT: bb3:  ; preds: bb2
% CHECK-NEXT:   %17 = const 1 : double scalar  ; line 7
% CHECK-NEXT:   %18 = binary plus %9, %17 : double scalar  ; line 7
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb4:  ; preds: bb1
% CHECK-NEXT:   %19 = const '%d %.6f\\n' : char 1x9  ; line 10
% CHECK-NEXT:   %20 = call builtin fprintf nargout=0 %19, %1, %10 : none  ; line 10
% CHECK-NEXT:   setans %20  ; line 10
% CHECK-NEXT:   br bb5
% CHECK-NEXT: bb5:  ; preds: bb4
% CHECK-NEXT:   return
% CHECK-EMPTY:
% CHECK-NEXT: function scalar-loop-unboxed>fib<double scalar>(n) -> (r)
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = param #0 n : double scalar  ; line 11
% CHECK-NEXT:   %1 = const 2 : double scalar  ; line 12
% CHECK-NEXT:   %2 = binary lt %0, %1 : logical scalar  ; line 12
% CHECK-NEXT:   %3 = truth %2 : logical scalar  ; line 12
% CHECK-NEXT:   condbr %3, bb1, bb2  ; line 12
% CHECK-NEXT: bb1:  ; preds: bb0
% CHECK-NEXT:   br bb3
% CHECK-NEXT: bb2:  ; preds: bb0
% CHECK-NEXT:   %4 = const 1 : double scalar  ; line 15
% CHECK-NEXT:   %5 = binary minus %0, %4 : double scalar  ; line 15
% CHECK-NEXT:   %6 = call local scalar-loop-unboxed>fib<double scalar> nargout=1 %5 : double scalar  ; line 15
% CHECK-NEXT:   %7 = const 2 : double scalar  ; line 15
% CHECK-NEXT:   %8 = binary minus %0, %7 : double scalar  ; line 15
% CHECK-NEXT:   %9 = call local scalar-loop-unboxed>fib<double scalar> nargout=1 %8 : double scalar  ; line 15
% CHECK-NEXT:   %10 = binary plus %6, %9 : double scalar  ; line 15
% CHECK-NEXT:   br bb3
% CHECK-NEXT: bb3:  ; preds: bb1 bb2
% CHECK-NEXT:   %11 = phi r [%0, bb1], [%10, bb2] : double scalar
% CHECK-NEXT:   br bb4
% CHECK-NEXT: bb4:  ; preds: bb3
% CHECK-NEXT:   return %11
