% RUN: %mcc --emit=typed %s | FileCheck %s
% Statistics reduce like sum: median keeps numeric classes, mode every
% class, std and var give single or double, all real. cummax and cummin
% keep the shape and class (logical too); cumsum of logical is double.
% real, imag and angle are real with the input's shape; conj keeps the
% complexity; transpose swaps a matrix's dims; tril, flip and circshift
% keep shape and class; rot90 and permute keep only the class; the
% function forms of the matrix operators type as the operators do.
x = rand(3, 4);
a = median(x);
b = std(single([1 2 3]));
c = var(x);
d = mode(int8([1 1 2]));
e = median(int16([4 5 6]));
f = cummax(x);
g = cumsum([true false true]);
h = cummin(int8([3 1 2]));
z = x + 1i * x;
k = real(z);
m = imag(int8(5));
n = conj(z);
p = angle(single(-1));
q = transpose(x);
r = ctranspose(zeros(2, 5));
s = tril(x);
t = flip(int8([1 2 3]));
u = circshift(x, 1);
v = rot90(x);
w = permute(x, [2 1]);
A = mtimes(x, rand(4, 2));
B = mldivide(rand(3), rand(3, 1));
C = mpower(2, 3);
D = find(x > 0.5);
E = find([1 0 1]);

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: function builtin-shape-rules() -> ()
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = const 3 : double scalar  ; line 9
% CHECK-NEXT:   %1 = const 4 : double scalar  ; line 9
% CHECK-NEXT:   %2 = call builtin rand nargout=1 %0, %1 : double 3x4  ; line 9
% CHECK-NEXT:   %3 = call builtin median nargout=1 %2 : double 1x4  ; line 10
% CHECK-NEXT:   %4 = const 1 : double scalar  ; line 11
% CHECK-NEXT:   %5 = const 2 : double scalar  ; line 11
% CHECK-NEXT:   %6 = const 3 : double scalar  ; line 11
% CHECK-NEXT:   %7 = matrix rows=[3] %4, %5, %6 : double 1x3  ; line 11
% CHECK-NEXT:   %8 = call builtin single nargout=1 %7 : single 1x3  ; line 11
% CHECK-NEXT:   %9 = call builtin std nargout=1 %8 : single scalar  ; line 11
% CHECK-NEXT:   %10 = call builtin var nargout=1 %2 : double 1x4  ; line 12
% CHECK-NEXT:   %11 = const 1 : double scalar  ; line 13
% CHECK-NEXT:   %12 = const 1 : double scalar  ; line 13
% CHECK-NEXT:   %13 = const 2 : double scalar  ; line 13
% CHECK-NEXT:   %14 = matrix rows=[3] %11, %12, %13 : double 1x3  ; line 13
% CHECK-NEXT:   %15 = call builtin int8 nargout=1 %14 : int8 1x3  ; line 13
% CHECK-NEXT:   %16 = call builtin mode nargout=1 %15 : int8 scalar  ; line 13
% CHECK-NEXT:   %17 = const 4 : double scalar  ; line 14
% CHECK-NEXT:   %18 = const 5 : double scalar  ; line 14
% CHECK-NEXT:   %19 = const 6 : double scalar  ; line 14
% CHECK-NEXT:   %20 = matrix rows=[3] %17, %18, %19 : double 1x3  ; line 14
% CHECK-NEXT:   %21 = call builtin int16 nargout=1 %20 : int16 1x3  ; line 14
% CHECK-NEXT:   %22 = call builtin median nargout=1 %21 : int16 scalar  ; line 14
% CHECK-NEXT:   %23 = call builtin cummax nargout=1 %2 : double 3x4  ; line 15
% CHECK-NEXT:   %24 = call builtin true nargout=1 : logical scalar  ; line 16
% CHECK-NEXT:   %25 = call builtin false nargout=1 : logical scalar  ; line 16
% CHECK-NEXT:   %26 = call builtin true nargout=1 : logical scalar  ; line 16
% CHECK-NEXT:   %27 = matrix rows=[3] %24, %25, %26 : logical 1x3  ; line 16
% CHECK-NEXT:   %28 = call builtin cumsum nargout=1 %27 : double 1x3  ; line 16
% CHECK-NEXT:   %29 = const 3 : double scalar  ; line 17
% CHECK-NEXT:   %30 = const 1 : double scalar  ; line 17
% CHECK-NEXT:   %31 = const 2 : double scalar  ; line 17
% CHECK-NEXT:   %32 = matrix rows=[3] %29, %30, %31 : double 1x3  ; line 17
% CHECK-NEXT:   %33 = call builtin int8 nargout=1 %32 : int8 1x3  ; line 17
% CHECK-NEXT:   %34 = call builtin cummin nargout=1 %33 : int8 1x3  ; line 17
% CHECK-NEXT:   %35 = const 0+1i : double complex scalar  ; line 18
% CHECK-NEXT:   %36 = binary mtimes %35, %2 : double complex 3x4  ; line 18
% CHECK-NEXT:   %37 = binary plus %2, %36 : double complex 3x4  ; line 18
% CHECK-NEXT:   %38 = call builtin real nargout=1 %37 : double 3x4  ; line 19
% CHECK-NEXT:   %39 = const 5 : double scalar  ; line 20
% CHECK-NEXT:   %40 = call builtin int8 nargout=1 %39 : int8 scalar  ; line 20
% CHECK-NEXT:   %41 = call builtin imag nargout=1 %40 : int8 scalar  ; line 20
% CHECK-NEXT:   %42 = call builtin conj nargout=1 %37 : double complex 3x4  ; line 21
% CHECK-NEXT:   %43 = const 1 : double scalar  ; line 22
% CHECK-NEXT:   %44 = unary uminus %43 : double scalar  ; line 22
% CHECK-NEXT:   %45 = call builtin single nargout=1 %44 : single scalar  ; line 22
% CHECK-NEXT:   %46 = call builtin angle nargout=1 %45 : single scalar  ; line 22
% CHECK-NEXT:   %47 = call builtin transpose nargout=1 %2 : double 4x3  ; line 23
% CHECK-NEXT:   %48 = const 2 : double scalar  ; line 24
% CHECK-NEXT:   %49 = const 5 : double scalar  ; line 24
% CHECK-NEXT:   %50 = call builtin zeros nargout=1 %48, %49 : double 2x5  ; line 24
% CHECK-NEXT:   %51 = call builtin ctranspose nargout=1 %50 : double 5x2  ; line 24
% CHECK-NEXT:   %52 = call builtin tril nargout=1 %2 : double 3x4  ; line 25
% CHECK-NEXT:   %53 = const 1 : double scalar  ; line 26
% CHECK-NEXT:   %54 = const 2 : double scalar  ; line 26
% CHECK-NEXT:   %55 = const 3 : double scalar  ; line 26
% CHECK-NEXT:   %56 = matrix rows=[3] %53, %54, %55 : double 1x3  ; line 26
% CHECK-NEXT:   %57 = call builtin int8 nargout=1 %56 : int8 1x3  ; line 26
% CHECK-NEXT:   %58 = call builtin flip nargout=1 %57 : int8 1x3  ; line 26
% CHECK-NEXT:   %59 = const 1 : double scalar  ; line 27
% CHECK-NEXT:   %60 = call builtin circshift nargout=1 %2, %59 : double 3x4  ; line 27
% CHECK-NEXT:   %61 = call builtin rot90 nargout=1 %2 : double ?  ; line 28
% CHECK-NEXT:   %62 = const 2 : double scalar  ; line 29
% CHECK-NEXT:   %63 = const 1 : double scalar  ; line 29
% CHECK-NEXT:   %64 = matrix rows=[2] %62, %63 : double 1x2  ; line 29
% CHECK-NEXT:   %65 = call builtin permute nargout=1 %2, %64 : double ?  ; line 29
% CHECK-NEXT:   %66 = const 4 : double scalar  ; line 30
% CHECK-NEXT:   %67 = const 2 : double scalar  ; line 30
% CHECK-NEXT:   %68 = call builtin rand nargout=1 %66, %67 : double 4x2  ; line 30
% CHECK-NEXT:   %69 = binary mtimes %2, %68 : double 3x2  ; line 30
% CHECK-NEXT:   %70 = const 3 : double scalar  ; line 31
% CHECK-NEXT:   %71 = call builtin rand nargout=1 %70 : double 3x3  ; line 31
% CHECK-NEXT:   %72 = const 3 : double scalar  ; line 31
% CHECK-NEXT:   %73 = const 1 : double scalar  ; line 31
% CHECK-NEXT:   %74 = call builtin rand nargout=1 %72, %73 : double 3x1  ; line 31
% CHECK-NEXT:   %75 = binary mldivide %71, %74 : double real? ?  ; line 31
% CHECK-NEXT:   %76 = const 2 : double scalar  ; line 32
% CHECK-NEXT:   %77 = const 3 : double scalar  ; line 32
% CHECK-NEXT:   %78 = binary mpower %76, %77 : double scalar  ; line 32
% CHECK-NEXT:   %79 = const 0.5 : double scalar  ; line 33
% CHECK-NEXT:   %80 = binary gt %2, %79 : logical 3x4  ; line 33
% CHECK-NEXT:   %81 = call builtin find nargout=1 %80 : double ?  ; line 33
% CHECK-NEXT:   %82 = const 1 : double scalar  ; line 34
% CHECK-NEXT:   %83 = const 0 : double scalar  ; line 34
% CHECK-NEXT:   %84 = const 1 : double scalar  ; line 34
% CHECK-NEXT:   %85 = matrix rows=[3] %82, %83, %84 : double 1x3  ; line 34
% CHECK-NEXT:   %86 = call builtin find nargout=1 %85 : double 1x?  ; line 34
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb1:  ; preds: bb0
% CHECK-NEXT:   return
