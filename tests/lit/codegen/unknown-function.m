% RUN: not %mcc %s -o %t 2>&1 | FileCheck %s
% A name that is neither a variable, nor a function of the program, nor a
% builtin mcc knows: a compile-time error saying where mcc looked.
x = 1;
y = x + undefined_thing(2);
% CHECK: {{.*}}unknown-function.m:5:9: error: the function 'undefined_thing' is not implemented yet
% CHECK: {{.*}}unknown-function.m:5:9: note: 'undefined_thing' is not a variable here, nor a function of this program (local, or undefined_thing.m beside the main file or in an -I folder); if it is a MATLAB builtin, mcc does not provide it yet
