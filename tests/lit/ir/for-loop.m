% RUN: %mcc --emit=ir %s | FileCheck %s
% for v = x counts the columns of x once; the counter and every variable the
% body changes get a phi in the loop header; break and continue jump to the
% exit and the latch.
s = 0;
for k = 1:2:9
  if k == 5
    continue
  end
  if s > 10
    break
  end
  s = s + k;
end
t = s;

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: function for-loop() -> ()
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = const 0  ; line 5
% CHECK-NEXT:   %1 = const 1  ; line 6
% CHECK-NEXT:   %2 = const 2  ; line 6
% CHECK-NEXT:   %3 = const 9  ; line 6
% CHECK-NEXT:   %4 = range %1, %2, %3  ; line 6
% CHECK-NEXT:   %5 = forcount %4  ; line 6
% CHECK-NEXT:   %6 = const 1  ; line 6
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb1:  ; preds: bb0 bb9
% CHECK-NEXT:   %7 = phi #for0 [%6, bb0], [%20, bb9]
% CHECK-NEXT:   %8 = phi s [%0, bb0], [%18, bb9]
% CHECK-NEXT:   %9 = binary le %7, %5  ; line 6
% CHECK-NEXT:   condbr %9, bb2, bb10  ; line 6
% CHECK-NEXT: bb2:  ; preds: bb1
% CHECK-NEXT:   %10 = forvalue %4, %7  ; line 6
% CHECK-NEXT:   %11 = const 5  ; line 7
% CHECK-NEXT:   %12 = binary eq %10, %11  ; line 7
% CHECK-NEXT:   %13 = truth %12  ; line 7
% CHECK-NEXT:   condbr %13, bb3, bb4  ; line 7
% CHECK-NEXT: bb3:  ; preds: bb2
% CHECK-NEXT:   br bb9
% CHECK-NEXT: bb4:  ; preds: bb2
% CHECK-NEXT:   br bb5
% CHECK-NEXT: bb5:  ; preds: bb4
% CHECK-NEXT:   %14 = const 10  ; line 10
% CHECK-NEXT:   %15 = binary gt %8, %14  ; line 10
% CHECK-NEXT:   %16 = truth %15  ; line 10
% CHECK-NEXT:   condbr %16, bb6, bb7  ; line 10
% CHECK-NEXT: bb6:  ; preds: bb5
% CHECK-NEXT:   br bb10
% CHECK-NEXT: bb7:  ; preds: bb5
% CHECK-NEXT:   br bb8
% CHECK-NEXT: bb8:  ; preds: bb7
% CHECK-NEXT:   %17 = binary plus %8, %10  ; line 13
% CHECK-NEXT:   br bb9
% CHECK-NEXT: bb9:  ; preds: bb3 bb8
% CHECK-NEXT:   %18 = phi s [%8, bb3], [%17, bb8]
% CHECK-NEXT:   %19 = const 1  ; line 6
% CHECK-NEXT:   %20 = binary plus %7, %19  ; line 6
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb10:  ; preds: bb1 bb6
% CHECK-NEXT:   br bb11
% CHECK-NEXT: bb11:  ; preds: bb10
% CHECK-NEXT:   return
