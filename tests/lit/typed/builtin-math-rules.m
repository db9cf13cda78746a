% RUN: %mcc --emit=typed %s | FileCheck %s
% Element-wise special functions keep the input's float class and shape:
% erf, gamma, cbrt, expm1, asinh stay real on real input; log1p, acosh and
% atanh leave the reals outside their domains (log1p(-2) is complex), so
% their complexity is unknown; bit operations follow the integer class;
% nthroot, gcd and beta combine two arguments like arithmetic; factorial
% keeps integer and single classes; randi is a double array of the sizes
% after its range (a class name makes it unknown here).
x = single(linspace(0, 1, 5));
a = erf(x);
b = gamma(2.5);
c = cbrt(-8);
d = expm1(1e-9);
e = asinh(x);
f = log1p(-2);
g = acosh(0.5);
h = bitand(uint8(12), 10);
k = bitxor(int16([1 2 3]), int16(1));
m = bitcmp(uint8(1));
n = nthroot(-27, 3);
p = idivide(int32(7), int32(2));
q = gammaln(single(3));
r = gcd(int16(12), 18);
t = factorial(single(4));
u = randi(10, 2, 3);
v = randi([1 6]);
w = randi(5, 3, 'int8');

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: function builtin-math-rules() -> ()
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = const 0 : double scalar  ; line 9
% CHECK-NEXT:   %1 = const 1 : double scalar  ; line 9
% CHECK-NEXT:   %2 = const 5 : double scalar  ; line 9
% CHECK-NEXT:   %3 = call builtin linspace nargout=1 %0, %1, %2 : double 1x5  ; line 9
% CHECK-NEXT:   %4 = call builtin single nargout=1 %3 : single 1x5  ; line 9
% CHECK-NEXT:   %5 = call builtin erf nargout=1 %4 : single 1x5  ; line 10
% CHECK-NEXT:   %6 = const 2.5 : double scalar  ; line 11
% CHECK-NEXT:   %7 = call builtin gamma nargout=1 %6 : double scalar  ; line 11
% CHECK-NEXT:   %8 = const 8 : double scalar  ; line 12
% CHECK-NEXT:   %9 = unary uminus %8 : double scalar  ; line 12
% CHECK-NEXT:   %10 = call builtin cbrt nargout=1 %9 : double scalar  ; line 12
% CHECK-NEXT:   %11 = const 1.0000000000000001e-09 : double scalar  ; line 13
% CHECK-NEXT:   %12 = call builtin expm1 nargout=1 %11 : double scalar  ; line 13
% CHECK-NEXT:   %13 = call builtin asinh nargout=1 %4 : single 1x5  ; line 14
% CHECK-NEXT:   %14 = const 2 : double scalar  ; line 15
% CHECK-NEXT:   %15 = unary uminus %14 : double scalar  ; line 15
% CHECK-NEXT:   %16 = call builtin log1p nargout=1 %15 : double real? scalar  ; line 15
% CHECK-NEXT:   %17 = const 0.5 : double scalar  ; line 16
% CHECK-NEXT:   %18 = call builtin acosh nargout=1 %17 : double real? scalar  ; line 16
% CHECK-NEXT:   %19 = const 12 : double scalar  ; line 17
% CHECK-NEXT:   %20 = call builtin uint8 nargout=1 %19 : uint8 scalar  ; line 17
% CHECK-NEXT:   %21 = const 10 : double scalar  ; line 17
% CHECK-NEXT:   %22 = call builtin bitand nargout=1 %20, %21 : uint8 scalar  ; line 17
% CHECK-NEXT:   %23 = const 1 : double scalar  ; line 18
% CHECK-NEXT:   %24 = const 2 : double scalar  ; line 18
% CHECK-NEXT:   %25 = const 3 : double scalar  ; line 18
% CHECK-NEXT:   %26 = matrix rows=[3] %23, %24, %25 : double 1x3  ; line 18
% CHECK-NEXT:   %27 = call builtin int16 nargout=1 %26 : int16 1x3  ; line 18
% CHECK-NEXT:   %28 = const 1 : double scalar  ; line 18
% CHECK-NEXT:   %29 = call builtin int16 nargout=1 %28 : int16 scalar  ; line 18
% CHECK-NEXT:   %30 = call builtin bitxor nargout=1 %27, %29 : int16 1x3  ; line 18
% CHECK-NEXT:   %31 = const 1 : double scalar  ; line 19
% CHECK-NEXT:   %32 = call builtin uint8 nargout=1 %31 : uint8 scalar  ; line 19
% CHECK-NEXT:   %33 = call builtin bitcmp nargout=1 %32 : uint8 scalar  ; line 19
% CHECK-NEXT:   %34 = const 27 : double scalar  ; line 20
% CHECK-NEXT:   %35 = unary uminus %34 : double scalar  ; line 20
% CHECK-NEXT:   %36 = const 3 : double scalar  ; line 20
% CHECK-NEXT:   %37 = call builtin nthroot nargout=1 %35, %36 : double scalar  ; line 20
% CHECK-NEXT:   %38 = const 7 : double scalar  ; line 21
% CHECK-NEXT:   %39 = call builtin int32 nargout=1 %38 : int32 scalar  ; line 21
% CHECK-NEXT:   %40 = const 2 : double scalar  ; line 21
% CHECK-NEXT:   %41 = call builtin int32 nargout=1 %40 : int32 scalar  ; line 21
% CHECK-NEXT:   %42 = call builtin idivide nargout=1 %39, %41 : int32 scalar  ; line 21
% CHECK-NEXT:   %43 = const 3 : double scalar  ; line 22
% CHECK-NEXT:   %44 = call builtin single nargout=1 %43 : single scalar  ; line 22
% CHECK-NEXT:   %45 = call builtin gammaln nargout=1 %44 : single scalar  ; line 22
% CHECK-NEXT:   %46 = const 12 : double scalar  ; line 23
% CHECK-NEXT:   %47 = call builtin int16 nargout=1 %46 : int16 scalar  ; line 23
% CHECK-NEXT:   %48 = const 18 : double scalar  ; line 23
% CHECK-NEXT:   %49 = call builtin gcd nargout=1 %47, %48 : int16 scalar  ; line 23
% CHECK-NEXT:   %50 = const 4 : double scalar  ; line 24
% CHECK-NEXT:   %51 = call builtin single nargout=1 %50 : single scalar  ; line 24
% CHECK-NEXT:   %52 = call builtin factorial nargout=1 %51 : single scalar  ; line 24
% CHECK-NEXT:   %53 = const 10 : double scalar  ; line 25
% CHECK-NEXT:   %54 = const 2 : double scalar  ; line 25
% CHECK-NEXT:   %55 = const 3 : double scalar  ; line 25
% CHECK-NEXT:   %56 = call builtin randi nargout=1 %53, %54, %55 : double 2x3  ; line 25
% CHECK-NEXT:   %57 = const 1 : double scalar  ; line 26
% CHECK-NEXT:   %58 = const 6 : double scalar  ; line 26
% CHECK-NEXT:   %59 = matrix rows=[2] %57, %58 : double 1x2  ; line 26
% CHECK-NEXT:   %60 = call builtin randi nargout=1 %59 : double scalar  ; line 26
% CHECK-NEXT:   %61 = const 5 : double scalar  ; line 27
% CHECK-NEXT:   %62 = const 3 : double scalar  ; line 27
% CHECK-NEXT:   %63 = const 'int8' : char 1x4  ; line 27
% CHECK-NEXT:   %64 = call builtin randi nargout=1 %61, %62, %63 : ?  ; line 27
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb1:  ; preds: bb0
% CHECK-NEXT:   return
