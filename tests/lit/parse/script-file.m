% RUN: %mcc --emit=ast %s | FileCheck %s
% A file whose first statement is not `function` or `classdef` is a script:
% its statements are the file's `script:` block, in order.
x = 1;
y = x + 2;
disp(y)

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}script-file.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Assign <4:1-4:6>
% CHECK-NEXT:       lhs: Ident x <4:1-4:2>
% CHECK-NEXT:       rhs: Number 1 value=1 <4:5-4:6>
% CHECK-NEXT:     Assign <5:1-5:10>
% CHECK-NEXT:       lhs: Ident y <5:1-5:2>
% CHECK-NEXT:       rhs: Binary plus <5:5-5:10>
% CHECK-NEXT:         Ident x <5:5-5:6>
% CHECK-NEXT:         Number 2 value=2 <5:9-5:10>
% CHECK-NEXT:     Expr display <6:1-6:8>
% CHECK-NEXT:       Index () <6:1-6:8>
% CHECK-NEXT:         base: Ident disp <6:1-6:5>
% CHECK-NEXT:         arg: Ident y <6:6-6:7>
