% RUN: not %mcc %s -o %t 2>&1 | FileCheck %s
% What code generation does not handle yet (cell arrays here) is a
% compile-time diagnostic at the statement that needs it, never a crash or
% wrong code.
s = 0;
c = {1, 2};
% CHECK: {{.*}}not-implemented.m:6:5: error: code generation for cell arrays is not implemented yet
