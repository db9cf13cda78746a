% RUN: %mcc --emit=typed %s | FileCheck %s
% 1:n of a whole n (here numel's) is 1-by-n with n the same symbol as
% zeros(1, n)'s, so the two add as arrays of one shape; 1:x of an x not
% known whole stays 1-by-?. A(:) = v keeps A's shape where v cannot be []
% (a scalar, or an extent known nonzero); A(:) = [] deletes (shape
% unknown).
n = numel([1 2 3]);
r = 1:n;
z = zeros(1, n) + r;
x = rand;
q = 1:x;
A = zeros(n, 4);
A(:) = 5;
B = zeros(n, 2);
B(:) = [1 2 3 4 5 6];
C = zeros(n, 2);
C(:) = [];
y = zeros(1, n);
y(2) = 7;
w = zeros(n, 1);
w(2) = 1;
k = zeros(3, 1);
k(5) = 1;
M = zeros(3, 4);
M(5) = 1;
M(4, 6) = 2;
e = [];
e(3) = 1;

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: function shapes-range-colon-assign() -> ()
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = const 1 : double scalar  ; line 7
% CHECK-NEXT:   %1 = const 2 : double scalar  ; line 7
% CHECK-NEXT:   %2 = const 3 : double scalar  ; line 7
% CHECK-NEXT:   %3 = matrix rows=[3] %0, %1, %2 : double 1x3  ; line 7
% CHECK-NEXT:   %4 = call builtin numel nargout=1 %3 : double scalar  ; line 7
% CHECK-NEXT:   %5 = const 1 : double scalar  ; line 8
% CHECK-NEXT:   %6 = const 1 : double scalar  ; line 8
% CHECK-NEXT:   %7 = range %5, %6, %4 : double 1x%4  ; line 8
% CHECK-NEXT:   %8 = const 1 : double scalar  ; line 9
% CHECK-NEXT:   %9 = call builtin zeros nargout=1 %8, %4 : double 1x%4  ; line 9
% CHECK-NEXT:   %10 = binary plus %9, %7 : double 1x%4  ; line 9
% CHECK-NEXT:   %11 = call builtin rand nargout=1 : double scalar  ; line 10
% CHECK-NEXT:   %12 = const 1 : double scalar  ; line 11
% CHECK-NEXT:   %13 = const 1 : double scalar  ; line 11
% CHECK-NEXT:   %14 = range %12, %13, %11 : double 1x?  ; line 11
% CHECK-NEXT:   %15 = const 4 : double scalar  ; line 12
% CHECK-NEXT:   %16 = call builtin zeros nargout=1 %4, %15 : double %4x4  ; line 12
% CHECK-NEXT:   %17 = const 5 : double scalar  ; line 13
% CHECK-NEXT:   %18 = const : : ?  ; line 13
% CHECK-NEXT:   %19 = subsasgn %16, %17, %18 : double %4x4  ; line 13
% CHECK-NEXT:   %20 = const 2 : double scalar  ; line 14
% CHECK-NEXT:   %21 = call builtin zeros nargout=1 %4, %20 : double %4x2  ; line 14
% CHECK-NEXT:   %22 = const 1 : double scalar  ; line 15
% CHECK-NEXT:   %23 = const 2 : double scalar  ; line 15
% CHECK-NEXT:   %24 = const 3 : double scalar  ; line 15
% CHECK-NEXT:   %25 = const 4 : double scalar  ; line 15
% CHECK-NEXT:   %26 = const 5 : double scalar  ; line 15
% CHECK-NEXT:   %27 = const 6 : double scalar  ; line 15
% CHECK-NEXT:   %28 = matrix rows=[6] %22, %23, %24, %25, %26, %27 : double 1x6  ; line 15
% CHECK-NEXT:   %29 = const : : ?  ; line 15
% CHECK-NEXT:   %30 = subsasgn %21, %28, %29 : double %4x2  ; line 15
% CHECK-NEXT:   %31 = const 2 : double scalar  ; line 16
% CHECK-NEXT:   %32 = call builtin zeros nargout=1 %4, %31 : double %4x2  ; line 16
% CHECK-NEXT:   %33 = matrix rows=[] : double 0x0  ; line 17
% CHECK-NEXT:   %34 = const : : ?  ; line 17
% CHECK-NEXT:   %35 = subsasgn %32, %33, %34 : double ?  ; line 17
% CHECK-NEXT:   %36 = const 1 : double scalar  ; line 18
% CHECK-NEXT:   %37 = call builtin zeros nargout=1 %36, %4 : double 1x%4  ; line 18
% CHECK-NEXT:   %38 = const 7 : double scalar  ; line 19
% CHECK-NEXT:   %39 = const 2 : double scalar  ; line 19
% CHECK-NEXT:   %40 = subsasgn %37, %38, %39 : double 1x?  ; line 19
% CHECK-NEXT:   %41 = const 1 : double scalar  ; line 20
% CHECK-NEXT:   %42 = call builtin zeros nargout=1 %4, %41 : double %4x1  ; line 20
% CHECK-NEXT:   %43 = const 1 : double scalar  ; line 21
% CHECK-NEXT:   %44 = const 2 : double scalar  ; line 21
% CHECK-NEXT:   %45 = subsasgn %42, %43, %44 : double ?  ; line 21
% CHECK-NEXT:   %46 = const 3 : double scalar  ; line 22
% CHECK-NEXT:   %47 = const 1 : double scalar  ; line 22
% CHECK-NEXT:   %48 = call builtin zeros nargout=1 %46, %47 : double 3x1  ; line 22
% CHECK-NEXT:   %49 = const 1 : double scalar  ; line 23
% CHECK-NEXT:   %50 = const 5 : double scalar  ; line 23
% CHECK-NEXT:   %51 = subsasgn %48, %49, %50 : double ?x1  ; line 23
% CHECK-NEXT:   %52 = const 3 : double scalar  ; line 24
% CHECK-NEXT:   %53 = const 4 : double scalar  ; line 24
% CHECK-NEXT:   %54 = call builtin zeros nargout=1 %52, %53 : double 3x4  ; line 24
% CHECK-NEXT:   %55 = const 1 : double scalar  ; line 25
% CHECK-NEXT:   %56 = const 5 : double scalar  ; line 25
% CHECK-NEXT:   %57 = subsasgn %54, %55, %56 : double 3x4  ; line 25
% CHECK-NEXT:   %58 = const 2 : double scalar  ; line 26
% CHECK-NEXT:   %59 = const 4 : double scalar  ; line 26
% CHECK-NEXT:   %60 = const 6 : double scalar  ; line 26
% CHECK-NEXT:   %61 = subsasgn %57, %58, %59, %60 : double ?x?  ; line 26
% CHECK-NEXT:   %62 = matrix rows=[] : double 0x0  ; line 27
% CHECK-NEXT:   %63 = const 1 : double scalar  ; line 28
% CHECK-NEXT:   %64 = const 3 : double scalar  ; line 28
% CHECK-NEXT:   %65 = subsasgn %62, %63, %64 : double 1x?  ; line 28
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb1:  ; preds: bb0
% CHECK-NEXT:   return
