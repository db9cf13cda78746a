% RUN: %mcc --emit=typed %s | FileCheck %s
% Scalars whose class is known from the call: realmax and flintmax are
% double unless a literal asks for 'single'; intmax and intmin take the
% class their literal names (int32 without one); now, cputime and etime
% are real double scalars, and datenum, weekday and nchoosek of real double
% scalars are too. Predicates: isfloat, ismatrix, issorted give a logical
% scalar; isprime and isspace a logical array of their input's shape.
a = realmax;
b = realmax('single');
c = flintmax('double');
d = intmax;
e = intmin('uint8');
f = intmax('int64');
g = now;
h = cputime;
k = datenum(2024, 1, 15);
m = nchoosek(5, 2);
n = weekday(738000);
p = isfloat(a);
q = ismatrix([1 2; 3 4]);
r = issorted([1 2 3]);
s = isprime([2 3 4 5]);
t = isspace('a b');
u = ismember([1 2 3], [2 3]);

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: function builtin-scalar-rules() -> ()
% CHECK-NEXT: bb0:
% CHECK-NEXT:   %0 = call builtin realmax nargout=1 : double scalar  ; line 8
% CHECK-NEXT:   %1 = const 'single' : char 1x6  ; line 9
% CHECK-NEXT:   %2 = call builtin realmax nargout=1 %1 : single scalar  ; line 9
% CHECK-NEXT:   %3 = const 'double' : char 1x6  ; line 10
% CHECK-NEXT:   %4 = call builtin flintmax nargout=1 %3 : double scalar  ; line 10
% CHECK-NEXT:   %5 = call builtin intmax nargout=1 : int32 scalar  ; line 11
% CHECK-NEXT:   %6 = const 'uint8' : char 1x5  ; line 12
% CHECK-NEXT:   %7 = call builtin intmin nargout=1 %6 : uint8 scalar  ; line 12
% CHECK-NEXT:   %8 = const 'int64' : char 1x5  ; line 13
% CHECK-NEXT:   %9 = call builtin intmax nargout=1 %8 : int64 scalar  ; line 13
% CHECK-NEXT:   %10 = call builtin now nargout=1 : double scalar  ; line 14
% CHECK-NEXT:   %11 = call builtin cputime nargout=1 : double scalar  ; line 15
% CHECK-NEXT:   %12 = const 2024 : double scalar  ; line 16
% CHECK-NEXT:   %13 = const 1 : double scalar  ; line 16
% CHECK-NEXT:   %14 = const 15 : double scalar  ; line 16
% CHECK-NEXT:   %15 = call builtin datenum nargout=1 %12, %13, %14 : double scalar  ; line 16
% CHECK-NEXT:   %16 = const 5 : double scalar  ; line 17
% CHECK-NEXT:   %17 = const 2 : double scalar  ; line 17
% CHECK-NEXT:   %18 = call builtin nchoosek nargout=1 %16, %17 : double scalar  ; line 17
% CHECK-NEXT:   %19 = const 738000 : double scalar  ; line 18
% CHECK-NEXT:   %20 = call builtin weekday nargout=1 %19 : double scalar  ; line 18
% CHECK-NEXT:   %21 = call builtin isfloat nargout=1 %0 : logical scalar  ; line 19
% CHECK-NEXT:   %22 = const 1 : double scalar  ; line 20
% CHECK-NEXT:   %23 = const 2 : double scalar  ; line 20
% CHECK-NEXT:   %24 = const 3 : double scalar  ; line 20
% CHECK-NEXT:   %25 = const 4 : double scalar  ; line 20
% CHECK-NEXT:   %26 = matrix rows=[2,2] %22, %23, %24, %25 : double 2x2  ; line 20
% CHECK-NEXT:   %27 = call builtin ismatrix nargout=1 %26 : logical scalar  ; line 20
% CHECK-NEXT:   %28 = const 1 : double scalar  ; line 21
% CHECK-NEXT:   %29 = const 2 : double scalar  ; line 21
% CHECK-NEXT:   %30 = const 3 : double scalar  ; line 21
% CHECK-NEXT:   %31 = matrix rows=[3] %28, %29, %30 : double 1x3  ; line 21
% CHECK-NEXT:   %32 = call builtin issorted nargout=1 %31 : logical scalar  ; line 21
% CHECK-NEXT:   %33 = const 2 : double scalar  ; line 22
% CHECK-NEXT:   %34 = const 3 : double scalar  ; line 22
% CHECK-NEXT:   %35 = const 4 : double scalar  ; line 22
% CHECK-NEXT:   %36 = const 5 : double scalar  ; line 22
% CHECK-NEXT:   %37 = matrix rows=[4] %33, %34, %35, %36 : double 1x4  ; line 22
% CHECK-NEXT:   %38 = call builtin isprime nargout=1 %37 : logical 1x4  ; line 22
% CHECK-NEXT:   %39 = const 'a b' : char 1x3  ; line 23
% CHECK-NEXT:   %40 = call builtin isspace nargout=1 %39 : logical 1x3  ; line 23
% CHECK-NEXT:   %41 = const 1 : double scalar  ; line 24
% CHECK-NEXT:   %42 = const 2 : double scalar  ; line 24
% CHECK-NEXT:   %43 = const 3 : double scalar  ; line 24
% CHECK-NEXT:   %44 = matrix rows=[3] %41, %42, %43 : double 1x3  ; line 24
% CHECK-NEXT:   %45 = const 2 : double scalar  ; line 24
% CHECK-NEXT:   %46 = const 3 : double scalar  ; line 24
% CHECK-NEXT:   %47 = matrix rows=[2] %45, %46 : double 1x2  ; line 24
% CHECK-NEXT:   %48 = call builtin ismember nargout=1 %44, %47 : logical 1x3  ; line 24
% CHECK-NEXT:   br bb1
% CHECK-NEXT: bb1:  ; preds: bb0
% CHECK-NEXT:   return
