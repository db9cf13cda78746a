% RUN: not %mcc %s -o %t 2>&1 | FileCheck %s
% What code generation does not handle yet (string arrays here) is a
% compile-time diagnostic at the statement that needs it, never a crash or
% wrong code.
s = 0;
t = "text";
% CHECK: {{.*}}not-implemented.m:6:5: error: code generation for string arrays is not implemented yet
