% RUN: %mcc --emit=ast %s | FileCheck %s
% A file starting with `function` is a function file. Without `end`, each
% `function` keyword closes the previous function: main, then two local
% functions. Outputs may be written with or without commas, parameters may
% be ~ or varargin, and a function may have neither parentheses nor outputs.
function [a, b] = main(x, ~, varargin)
a = helper(x);
b = 2
function [r s] = helper(y)
r = y + 1;
s = r;
function noargs
disp hi

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File function {{.*}}function-file.m
% CHECK-NEXT:   Function main outputs=(a, b) params=(x, ~, varargin) <6:1-8:6>
% CHECK-NEXT:     body:
% CHECK-NEXT:       Assign <7:1-7:14>
% CHECK-NEXT:         lhs: Ident a <7:1-7:2>
% CHECK-NEXT:         rhs: Index () <7:5-7:14>
% CHECK-NEXT:           base: Ident helper <7:5-7:11>
% CHECK-NEXT:           arg: Ident x <7:12-7:13>
% CHECK-NEXT:       Assign display <8:1-8:6>
% CHECK-NEXT:         lhs: Ident b <8:1-8:2>
% CHECK-NEXT:         rhs: Number 2 value=2 <8:5-8:6>
% CHECK-NEXT:   Function helper outputs=(r, s) params=(y) <9:1-11:7>
% CHECK-NEXT:     body:
% CHECK-NEXT:       Assign <10:1-10:10>
% CHECK-NEXT:         lhs: Ident r <10:1-10:2>
% CHECK-NEXT:         rhs: Binary plus <10:5-10:10>
% CHECK-NEXT:           Ident y <10:5-10:6>
% CHECK-NEXT:           Number 1 value=1 <10:9-10:10>
% CHECK-NEXT:       Assign <11:1-11:6>
% CHECK-NEXT:         lhs: Ident s <11:1-11:2>
% CHECK-NEXT:         rhs: Ident r <11:5-11:6>
% CHECK-NEXT:   Function noargs outputs=() params=() <12:1-13:8>
% CHECK-NEXT:     body:
% CHECK-NEXT:       Command disp 'hi' display <13:1-13:8>
