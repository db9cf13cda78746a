% RUN: %mcc --emit=typed %s | FileCheck %s
% A handle whose target inference knows is called directly: newton is
% specialised for the anonymous function it receives, and each f(x) in it
% calls that function's double specialisation, unboxed (no mcc_call_handle).
r = newton(@(x) x^2 - 2, 1);
fprintf('%.6f\n', r);
function x = newton(f, x)
  for k = 1:20
    x = x - f(x) / ((f(x + 1e-7) - f(x)) / 1e-7);
  end
end

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: function handle-direct-call() -> ()
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = closure handle-direct-call>@0<?> : function_handle @handle-direct-call>@0  ; line 5
% CHECK-NEXT:   %1 = const 1 : double scalar  ; line 5
% CHECK-NEXT:   %2 = call local handle-direct-call>newton<function_handle @handle-direct-call>@0, double scalar whole >0> nargout=1 %0, %1 : double scalar  ; line 5
% CHECK-NEXT:   %3 = const '%.6f\\n' : char 1x6  ; line 6
% CHECK-NEXT:   %4 = call builtin fprintf nargout=0 %3, %2 : none  ; line 6
% CHECK-NEXT:   setans %4  ; line 6
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb1:  ; preds: bb0
% CHECK-NEXT:   return
% CHECK-EMPTY:
% CHECK-NEXT: function handle-direct-call>@0<?>(x) -> (ans)
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = param #0 x : ?  ; line 5
% CHECK-NEXT:   %1 = const 2 : double scalar  ; line 5
% CHECK-NEXT:   %2 = binary mpower %0, %1 : ?  ; line 5
% CHECK-NEXT:   %3 = const 2 : double scalar  ; line 5
% CHECK-NEXT:   %4 = binary minus %2, %3 : ?  ; line 5
% CHECK-NEXT:   return %4  ; line 5
% CHECK-EMPTY:
% CHECK-NEXT: function handle-direct-call>newton<function_handle @handle-direct-call>@0, double scalar whole >0>(f, x) -> (x)
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = param #0 f : function_handle @handle-direct-call>@0  ; line 7
% CHECK-NEXT:   %1 = param #1 x : double scalar  ; line 7
% CHECK-NEXT:   %2 = const 1 : double scalar  ; line 8
% CHECK-NEXT:   %3 = const 20 : double scalar  ; line 8
% CHECK-NEXT:   %4 = const 1 : double scalar  ; line 8
% CHECK-NEXT:   %5 = range %2, %4, %3 : double 1x20  ; line 8
% CHECK-NEXT:   %6 = forcount %5 : double scalar  ; line 8
% CHECK-NEXT:   %7 = const 1 : double scalar  ; line 8
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb1:  ; preds: bb0 bb3
% CHECK-NEXT:   %8 = phi #for0 [%7, bb0], [%23, bb3] : double scalar
% CHECK-NEXT:   %9 = phi x [%1, bb0], [%21, bb3] : double scalar
% CHECK-NEXT:   %10 = binary le %8, %6 : logical scalar  ; line 8
% CHECK-NEXT:   condbr %10, bb2, bb4  ; line 8
% CHECK-NEXT: bb2:  ; preds: bb1
% CHECK-NEXT:   %11 = forvalue %5, %8 : double scalar  ; line 8
% CHECK-NEXT:   %12 = subsref call direct handle-direct-call>@0<double scalar> %0, %9 : double scalar  ; line 9
% CHECK-NEXT:   %13 = const 9.9999999999999995e-08 : double scalar  ; line 9
% CHECK-NEXT:   %14 = binary plus %9, %13 : double scalar  ; line 9
% CHECK-NEXT:   %15 = subsref call direct handle-direct-call>@0<double scalar> %0, %14 : double scalar  ; line 9
% CHECK-NEXT:   %16 = subsref call direct handle-direct-call>@0<double scalar> %0, %9 : double scalar  ; line 9
% CHECK-NEXT:   %17 = binary minus %15, %16 : double scalar  ; line 9
% CHECK-NEXT:   %18 = const 9.9999999999999995e-08 : double scalar  ; line 9
% CHECK-NEXT:   %19 = binary mrdivide %17, %18 : double scalar  ; line 9
% CHECK-NEXT:   %20 = binary mrdivide %12, %19 : double scalar  ; line 9
% CHECK-NEXT:   %21 = binary minus %9, %20 : double scalar  ; line 9
% CHECK-NEXT:   br bb3
% CHECK-NEXT: bb3:  ; preds: bb2
% CHECK-NEXT:   %22 = const 1 : double scalar  ; line 8
% CHECK-NEXT:   %23 = binary plus %8, %22 : double scalar  ; line 8
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb4:  ; preds: bb1
% CHECK-NEXT:   br bb5
% CHECK-NEXT: bb5:  ; preds: bb4
% CHECK-NEXT:   return %9
% CHECK-EMPTY:
% CHECK-NEXT: function handle-direct-call>@0<double scalar>(x) -> (ans)
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = param #0 x : double scalar  ; line 5
% CHECK-NEXT:   %1 = const 2 : double scalar  ; line 5
% CHECK-NEXT:   %2 = binary mpower %0, %1 : double scalar  ; line 5
% CHECK-NEXT:   %3 = const 2 : double scalar  ; line 5
% CHECK-NEXT:   %4 = binary minus %2, %3 : double scalar  ; line 5
% CHECK-NEXT:   return %4  ; line 5
