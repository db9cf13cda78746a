% RUN: %mcc --emit=typed %s | FileCheck %s
% What inference cannot pin down stays an unknown (boxed) value, never a
% rejected program: an array grown in a loop has unknown extents, a cell's
% contents and an unknown builtin's result are unknown.
x = [];
for k = 1:10
  x(k) = k^2;
end
c = {1, 'a'};
v = c{2};
w = mystery(v);

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: function dynamic() -> ()
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = matrix rows=[] : double 0x0  ; line 5
% CHECK-NEXT:   %1 = const 1 : double scalar  ; line 6
% CHECK-NEXT:   %2 = const 10 : double scalar  ; line 6
% CHECK-NEXT:   %3 = const 1 : double scalar  ; line 6
% CHECK-NEXT:   %4 = range %1, %3, %2 : double 1x10  ; line 6
% CHECK-NEXT:   %5 = forcount %4 : double scalar  ; line 6
% CHECK-NEXT:   %6 = const 1 : double scalar  ; line 6
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb1:  ; preds: bb0 bb3
% CHECK-NEXT:   %7 = phi #for0 [%6, bb0], [%15, bb3] : double scalar
% CHECK-NEXT:   %8 = phi x [%0, bb0], [%13, bb3] : double ?
% CHECK-NEXT:   %9 = binary le %7, %5 : logical scalar  ; line 6
% CHECK-NEXT:   condbr %9, bb2, bb4  ; line 6
% CHECK-NEXT: bb2:  ; preds: bb1
% CHECK-NEXT:   %10 = forvalue %4, %7 : double scalar  ; line 6
% CHECK-NEXT:   %11 = const 2 : double scalar  ; line 7
% CHECK-NEXT:   %12 = binary mpower %10, %11 : double scalar  ; line 7
% CHECK-NEXT:   %13 = subsasgn %8, %12, %10 : double ?  ; line 7
% CHECK-NEXT:   br bb3
% CHECK-NEXT: bb3:  ; preds: bb2
% CHECK-NEXT:   %14 = const 1 : double scalar  ; line 6
% CHECK-NEXT:   %15 = binary plus %7, %14 : double scalar  ; line 6
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb4:  ; preds: bb1
% CHECK-NEXT:   %16 = const 1 : double scalar  ; line 9
% CHECK-NEXT:   %17 = const 'a' : char scalar  ; line 9
% CHECK-NEXT:   %18 = cell rows=[2] %16, %17 : cell 1x2  ; line 9
% CHECK-NEXT:   %19 = const 2 : double scalar  ; line 10
% CHECK-NEXT:   %20 = cellref %18, %19 : ?  ; line 10
% CHECK-NEXT:   %21 = call builtin mystery nargout=1 %20 : ?  ; line 11
% CHECK-NEXT:   br bb5
% CHECK-NEXT: bb5:  ; preds: bb4
% CHECK-NEXT:   return
