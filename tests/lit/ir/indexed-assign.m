% RUN: %mcc --emit=ir %s | FileCheck %s
% Indexed assignment rebuilds the access path from the inside out; a
% variable assigned before it exists starts as []; `end` refers to the
% object being indexed, in each position.
x(3) = 1;
x(end+1) = 2;
s.a(2).b = 7;
c{2} = 'v';
y = x(end, end-1);
s.(name()) = 1;
x(2) = [];
function n = name()
  n = 'dyn';
end

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: function indexed-assign() -> ()
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = const 1  ; line 5
% CHECK-NEXT:   %1 = const []  ; line 5
% CHECK-NEXT:   %2 = const 3  ; line 5
% CHECK-NEXT:   %3 = subsasgn %1, %0, %2  ; line 5
% CHECK-NEXT:   %4 = const 2  ; line 6
% CHECK-NEXT:   %5 = endof dim 1 of 1 %3  ; line 6
% CHECK-NEXT:   %6 = const 1  ; line 6
% CHECK-NEXT:   %7 = binary plus %5, %6  ; line 6
% CHECK-NEXT:   %8 = subsasgn %3, %4, %7  ; line 6
% CHECK-NEXT:   %9 = const 7  ; line 7
% CHECK-NEXT:   %10 = const []  ; line 7
% CHECK-NEXT:   %11 = field? a %10  ; line 7
% CHECK-NEXT:   %12 = const 2  ; line 7
% CHECK-NEXT:   %13 = subsref? %11, %12  ; line 7
% CHECK-NEXT:   %14 = setfield b %13, %9  ; line 7
% CHECK-NEXT:   %15 = subsasgn %11, %14, %12  ; line 7
% CHECK-NEXT:   %16 = setfield a %10, %15  ; line 7
% CHECK-NEXT:   %17 = const 'v'  ; line 8
% CHECK-NEXT:   %18 = const []  ; line 8
% CHECK-NEXT:   %19 = const 2  ; line 8
% CHECK-NEXT:   %20 = cellasgn %18, %17, %19  ; line 8
% CHECK-NEXT:   %21 = endof dim 1 of 2 %8  ; line 9
% CHECK-NEXT:   %22 = endof dim 2 of 2 %8  ; line 9
% CHECK-NEXT:   %23 = const 1  ; line 9
% CHECK-NEXT:   %24 = binary minus %22, %23  ; line 9
% CHECK-NEXT:   %25 = subsref %8, %21, %24  ; line 9
% CHECK-NEXT:   %26 = const 1  ; line 10
% CHECK-NEXT:   %27 = call local indexed-assign>name nargout=1  ; line 10
% CHECK-NEXT:   %28 = setfield %16, %26, %27  ; line 10
% CHECK-NEXT:   %29 = matrix rows=[]  ; line 11
% CHECK-NEXT:   %30 = const 2  ; line 11
% CHECK-NEXT:   %31 = subsasgn %8, %29, %30  ; line 11
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb1:  ; preds: bb0
% CHECK-NEXT:   return
% CHECK-EMPTY:
% CHECK-NEXT: function indexed-assign>name() -> (n)
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = const 'dyn'  ; line 13
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb1:  ; preds: bb0
% CHECK-NEXT:   return %0
