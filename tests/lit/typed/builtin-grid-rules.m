% RUN: %mcc --emit=typed %s | FileCheck %s
% meshgrid and ndgrid: output k spreads input k (one input serves every
% output), keeping its class and complexity, so that C = X + 1i*Y is a known
% complex double array and C(e) a maybe-complex scalar in registers; the
% shapes are not typed. A non-float input leaves its output unknown.
[X, Y] = meshgrid(1:3, single([1 2]));
[P, Q, R] = ndgrid([1 2] * 1i, 1:2, 4);
[A, B] = meshgrid(int8(1:3));
C = X + 1i * X;
z = C(2);

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: function builtin-grid-rules() -> ()
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = const 1 : double scalar  ; line 6
% CHECK-NEXT:   %1 = const 3 : double scalar  ; line 6
% CHECK-NEXT:   %2 = const 1 : double scalar  ; line 6
% CHECK-NEXT:   %3 = range %0, %2, %1 : double 1x3  ; line 6
% CHECK-NEXT:   %4 = const 1 : double scalar  ; line 6
% CHECK-NEXT:   %5 = const 2 : double scalar  ; line 6
% CHECK-NEXT:   %6 = matrix rows=[2] %4, %5 : double 1x2  ; line 6
% CHECK-NEXT:   %7 = call builtin single nargout=1 %6 : single 1x2  ; line 6
% CHECK-NEXT:   %8 = call builtin meshgrid nargout=2 %3, %7 : double ? (double ?, single ?)  ; line 6
% CHECK-NEXT:   %9 = extract #0 %8 : double ?  ; line 6
% CHECK-NEXT:   %10 = extract #1 %8 : single ?  ; line 6
% CHECK-NEXT:   %11 = const 1 : double scalar  ; line 7
% CHECK-NEXT:   %12 = const 2 : double scalar  ; line 7
% CHECK-NEXT:   %13 = matrix rows=[2] %11, %12 : double 1x2  ; line 7
% CHECK-NEXT:   %14 = const 0+1i : double complex scalar  ; line 7
% CHECK-NEXT:   %15 = binary mtimes %13, %14 : double complex 1x2  ; line 7
% CHECK-NEXT:   %16 = const 1 : double scalar  ; line 7
% CHECK-NEXT:   %17 = const 2 : double scalar  ; line 7
% CHECK-NEXT:   %18 = const 1 : double scalar  ; line 7
% CHECK-NEXT:   %19 = range %16, %18, %17 : double 1x2  ; line 7
% CHECK-NEXT:   %20 = const 4 : double scalar  ; line 7
% CHECK-NEXT:   %21 = call builtin ndgrid nargout=3 %15, %19, %20 : double complex ? (double complex ?, double ?, double ?)  ; line 7
% CHECK-NEXT:   %22 = extract #0 %21 : double complex ?  ; line 7
% CHECK-NEXT:   %23 = extract #1 %21 : double ?  ; line 7
% CHECK-NEXT:   %24 = extract #2 %21 : double ?  ; line 7
% CHECK-NEXT:   %25 = const 1 : double scalar  ; line 8
% CHECK-NEXT:   %26 = const 3 : double scalar  ; line 8
% CHECK-NEXT:   %27 = const 1 : double scalar  ; line 8
% CHECK-NEXT:   %28 = range %25, %27, %26 : double 1x3  ; line 8
% CHECK-NEXT:   %29 = call builtin int8 nargout=1 %28 : int8 1x3  ; line 8
% CHECK-NEXT:   %30 = call builtin meshgrid nargout=2 %29 : ? (?, ?)  ; line 8
% CHECK-NEXT:   %31 = extract #0 %30 : ?  ; line 8
% CHECK-NEXT:   %32 = extract #1 %30 : ?  ; line 8
% CHECK-NEXT:   %33 = const 0+1i : double complex scalar  ; line 9
% CHECK-NEXT:   %34 = binary mtimes %33, %9 : double complex ?  ; line 9
% CHECK-NEXT:   %35 = binary plus %9, %34 : double complex ?  ; line 9
% CHECK-NEXT:   %36 = const 2 : double scalar  ; line 10
% CHECK-NEXT:   %37 = subsref %35, %36 : double complex scalar  ; line 10
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb1:  ; preds: bb0
% CHECK-NEXT:   return
