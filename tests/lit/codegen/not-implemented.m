% RUN: not %mcc %s -o %t 2>&1 | FileCheck %s
% Code generation handles unboxed scalars so far; an array is a compile-time
% diagnostic at the statement that needs it, never a crash or wrong code.
s = 0;
v = zeros(1, 3);
% CHECK: {{.*}}not-implemented.m:5:5: error: code generation for the builtin 'zeros' is not implemented yet
