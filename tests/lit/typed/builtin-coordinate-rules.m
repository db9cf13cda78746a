% RUN: %mcc --emit=typed %s | FileCheck %s
% cart2pol, pol2cart, cart2sph and sph2cart: each computed output is real
% and broadcasts the coordinates it is computed from (a scalar against a
% 3x4 matrix gives 3x4; a row against a column gives a matrix); single
% wins; cart2pol's z comes back in its own shape; the one-matrix form is
% left unknown. betaln types as an element-wise function of two arguments.
x = rand(3, 4);
[t, r] = cart2pol(x, 2);
[t2, r2, z2] = cart2pol(1, 2, [1 2 3]);
[px, py] = pol2cart(single(x), x);
[az, el, rr] = cart2sph((1:3)', 1:4, 2);
[sx, sy, sz] = sph2cart(x, x, x);
[m1, m2] = cart2pol(x);
b = betaln(x, 3);

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: function builtin-coordinate-rules() -> ()
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = const 3 : double scalar  ; line 7
% CHECK-NEXT:   %1 = const 4 : double scalar  ; line 7
% CHECK-NEXT:   %2 = call builtin rand nargout=1 %0, %1 : double 3x4  ; line 7
% CHECK-NEXT:   %3 = const 2 : double scalar  ; line 8
% CHECK-NEXT:   %4 = call builtin cart2pol nargout=2 %2, %3 : double 3x4 (double 3x4, double 3x4)  ; line 8
% CHECK-NEXT:   %5 = extract #0 %4 : double 3x4  ; line 8
% CHECK-NEXT:   %6 = extract #1 %4 : double 3x4  ; line 8
% CHECK-NEXT:   %7 = const 1 : double scalar  ; line 9
% CHECK-NEXT:   %8 = const 2 : double scalar  ; line 9
% CHECK-NEXT:   %9 = const 1 : double scalar  ; line 9
% CHECK-NEXT:   %10 = const 2 : double scalar  ; line 9
% CHECK-NEXT:   %11 = const 3 : double scalar  ; line 9
% CHECK-NEXT:   %12 = matrix rows=[3] %9, %10, %11 : double 1x3  ; line 9
% CHECK-NEXT:   %13 = call builtin cart2pol nargout=3 %7, %8, %12 : double scalar (double scalar, double scalar, double 1x3)  ; line 9
% CHECK-NEXT:   %14 = extract #0 %13 : double scalar  ; line 9
% CHECK-NEXT:   %15 = extract #1 %13 : double scalar  ; line 9
% CHECK-NEXT:   %16 = extract #2 %13 : double 1x3  ; line 9
% CHECK-NEXT:   %17 = call builtin single nargout=1 %2 : single 3x4  ; line 10
% CHECK-NEXT:   %18 = call builtin pol2cart nargout=2 %17, %2 : single 3x4 (single 3x4, single 3x4)  ; line 10
% CHECK-NEXT:   %19 = extract #0 %18 : single 3x4  ; line 10
% CHECK-NEXT:   %20 = extract #1 %18 : single 3x4  ; line 10
% CHECK-NEXT:   %21 = const 1 : double scalar  ; line 11
% CHECK-NEXT:   %22 = const 3 : double scalar  ; line 11
% CHECK-NEXT:   %23 = const 1 : double scalar  ; line 11
% CHECK-NEXT:   %24 = range %21, %23, %22 : double 1x3  ; line 11
% CHECK-NEXT:   %25 = transpose ctranspose %24 : double 3x1  ; line 11
% CHECK-NEXT:   %26 = const 1 : double scalar  ; line 11
% CHECK-NEXT:   %27 = const 4 : double scalar  ; line 11
% CHECK-NEXT:   %28 = const 1 : double scalar  ; line 11
% CHECK-NEXT:   %29 = range %26, %28, %27 : double 1x4  ; line 11
% CHECK-NEXT:   %30 = const 2 : double scalar  ; line 11
% CHECK-NEXT:   %31 = call builtin cart2sph nargout=3 %25, %29, %30 : double 3x4 (double 3x4, double 3x4, double 3x4)  ; line 11
% CHECK-NEXT:   %32 = extract #0 %31 : double 3x4  ; line 11
% CHECK-NEXT:   %33 = extract #1 %31 : double 3x4  ; line 11
% CHECK-NEXT:   %34 = extract #2 %31 : double 3x4  ; line 11
% CHECK-NEXT:   %35 = call builtin sph2cart nargout=3 %2, %2, %2 : double 3x4 (double 3x4, double 3x4, double 3x4)  ; line 12
% CHECK-NEXT:   %36 = extract #0 %35 : double 3x4  ; line 12
% CHECK-NEXT:   %37 = extract #1 %35 : double 3x4  ; line 12
% CHECK-NEXT:   %38 = extract #2 %35 : double 3x4  ; line 12
% CHECK-NEXT:   %39 = call builtin cart2pol nargout=2 %2 : ? (?, ?)  ; line 13
% CHECK-NEXT:   %40 = extract #0 %39 : ?  ; line 13
% CHECK-NEXT:   %41 = extract #1 %39 : ?  ; line 13
% CHECK-NEXT:   %42 = const 3 : double scalar  ; line 14
% CHECK-NEXT:   %43 = call builtin betaln nargout=1 %2, %42 : double 3x4  ; line 14
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb1:  ; preds: bb0
% CHECK-NEXT:   return
