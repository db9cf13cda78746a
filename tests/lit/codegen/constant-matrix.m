% RUN: %mcc -O0 --emit=llvm %s | FileCheck %s
% RUN: %mcc %s -o %t && %t | FileCheck %s --check-prefix=OUT
% A rectangular literal of real constants is one constant array, copied into
% a new array (column-major), not a concatenation of boxed scalars: a table
% of thousands of numbers compiled in seconds before. A literal with a
% logical element becomes double like the concatenation; all-logical stays
% logical. The expected output is GNU Octave's.
a = [1 -2.5 3; 4 5 -0];
b = [true false; false true];
c = [1 true; 0 -2];
k = floor(rand) + 2;  % 2, known only at run time
d = [1 k; 3 4];
fprintf('%g ', a); fprintf('%g ', 1 ./ a(:, 3)); fprintf('\n');
fprintf('%s %s %s %s\n', class(a), class(b), class(c), class(d));
fprintf('%d ', b); fprintf('%g ', c); fprintf('%g ', d); fprintf('\n');
a(1) = 10;
e = [1 -2.5 3; 4 5 -0];
fprintf('%g %g\n', a(1), e(1));
% CHECK-DAG: private unnamed_addr constant [6 x double] [double 1.000000e+00, double 4.000000e+00, double -2.500000e+00, double 5.000000e+00, double 3.000000e+00, double -0.000000e+00]
% CHECK-DAG: private unnamed_addr constant [4 x i8] c"\01\00\00\01"
% CHECK-DAG: private unnamed_addr constant [4 x double] [double 1.000000e+00, double 0.000000e+00, double 1.000000e+00, double -2.000000e+00]
% The literal with a variable (of scalars in registers) is a new array with
% its elements stored, not a concatenation at run time.
% CHECK-NOT: mcc_horzcat
% CHECK: call ptr @mcc_array_create(
% CHECK-NOT: mcc_horzcat
% OUT: 1 4 -2.5 5 3 -0 0.333333 -Inf
% OUT-NEXT: double logical double double
% OUT-NEXT: 1 0 0 1 1 0 1 -2 1 3 2 4
% OUT-NEXT: 10 1
