% RUN: %mcc --emit=ir %s | FileCheck %s
% A variable that nested loops and a && condition never change needs no phi
% anywhere: folding one trivial phi can fold the phi that replaced it (this
% once left a phi pointing at a deleted value).
ny = 30;
for iy = 1:ny
  it = 0;
  while it < 5 && it < 4
    it = it + 1;
  end
end
for iy = 1:3:ny
  row = 1;
end

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: function nested-loops-phi() -> ()
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = const 30  ; line 5
% CHECK-NEXT:   %1 = const 1  ; line 6
% CHECK-NEXT:   %2 = const 1  ; line 6
% CHECK-NEXT:   %3 = range %1, %2, %0  ; line 6
% CHECK-NEXT:   %4 = forcount %3  ; line 6
% CHECK-NEXT:   %5 = const 1  ; line 6
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb1:  ; preds: bb0 bb8
% CHECK-NEXT:   %6 = phi #for0 [%5, bb0], [%22, bb8]
% CHECK-NEXT:   %7 = binary le %6, %4  ; line 6
% CHECK-NEXT:   condbr %7, bb2, bb9  ; line 6
% CHECK-NEXT: bb2:  ; preds: bb1
% CHECK-NEXT:   %8 = forvalue %3, %6  ; line 6
% CHECK-NEXT:   %9 = const 0  ; line 7
% CHECK-NEXT:   br bb3
% CHECK-NEXT: bb3:  ; preds: bb2 bb6
% CHECK-NEXT:   %10 = phi it [%9, bb2], [%20, bb6]
% CHECK-NEXT:   %11 = const 5  ; line 8
% CHECK-NEXT:   %12 = binary lt %10, %11  ; line 8
% CHECK-NEXT:   %13 = logicalscalar %12  ; line 8
% CHECK-NEXT:   condbr %13, bb4, bb5  ; line 8
% CHECK-NEXT: bb4:  ; preds: bb3
% CHECK-NEXT:   %14 = const 4  ; line 8
% CHECK-NEXT:   %15 = binary lt %10, %14  ; line 8
% CHECK-NEXT:   %16 = logicalscalar %15  ; line 8
% CHECK-NEXT:   br bb5
% CHECK-NEXT: bb5:  ; preds: bb3 bb4
% CHECK-NEXT:   %17 = phi #cond1 [%13, bb3], [%16, bb4]
% CHECK-NEXT:   %18 = truth %17  ; line 8
% CHECK-NEXT:   condbr %18, bb6, bb7  ; line 8
% CHECK-NEXT: bb6:  ; preds: bb5
% CHECK-NEXT:   %19 = const 1  ; line 9
% CHECK-NEXT:   %20 = binary plus %10, %19  ; line 9
% CHECK-NEXT:   br bb3
% CHECK-NEXT: bb7:  ; preds: bb5
% CHECK-NEXT:   br bb8
% CHECK-NEXT: bb8:  ; preds: bb7
% CHECK-NEXT:   %21 = const 1  ; line 6
% CHECK-NEXT:   %22 = binary plus %6, %21  ; line 6
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb9:  ; preds: bb1
% CHECK-NEXT:   %23 = const 1  ; line 12
% CHECK-NEXT:   %24 = const 3  ; line 12
% CHECK-NEXT:   %25 = range %23, %24, %0  ; line 12
% CHECK-NEXT:   %26 = forcount %25  ; line 12
% CHECK-NEXT:   %27 = const 1  ; line 12
% CHECK-NEXT:   br bb10
% CHECK-NEXT: bb10:  ; preds: bb9 bb12
% CHECK-NEXT:   %28 = phi #for2 [%27, bb9], [%33, bb12]
% CHECK-NEXT:   %29 = binary le %28, %26  ; line 12
% CHECK-NEXT:   condbr %29, bb11, bb13  ; line 12
% CHECK-NEXT: bb11:  ; preds: bb10
% CHECK-NEXT:   %30 = forvalue %25, %28  ; line 12
% CHECK-NEXT:   %31 = const 1  ; line 13
% CHECK-NEXT:   br bb12
% CHECK-NEXT: bb12:  ; preds: bb11
% CHECK-NEXT:   %32 = const 1  ; line 12
% CHECK-NEXT:   %33 = binary plus %28, %32  ; line 12
% CHECK-NEXT:   br bb10
% CHECK-NEXT: bb13:  ; preds: bb10
% CHECK-NEXT:   br bb14
% CHECK-NEXT: bb14:  ; preds: bb13
% CHECK-NEXT:   return
