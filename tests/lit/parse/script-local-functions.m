% RUN: %mcc --emit=ast %s | FileCheck %s
% Script code followed by local functions (MATLAB R2016b+): the file stays a
% script, and the functions are listed after the script block. The local
% function does not see the script's variables, so `x -1` there is command
% syntax while `x -1` in the script is an expression.
x = 1;
x -1
y = f(x)

function r = f(a)
  x -1
  r = a - 1;
end

function g()
end

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}script-local-functions.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Assign <6:1-6:6>
% CHECK-NEXT:       lhs: Ident x <6:1-6:2>
% CHECK-NEXT:       rhs: Number 1 value=1 <6:5-6:6>
% CHECK-NEXT:     Expr display <7:1-7:5>
% CHECK-NEXT:       Binary minus <7:1-7:5>
% CHECK-NEXT:         Ident x <7:1-7:2>
% CHECK-NEXT:         Number 1 value=1 <7:4-7:5>
% CHECK-NEXT:     Assign display <8:1-8:9>
% CHECK-NEXT:       lhs: Ident y <8:1-8:2>
% CHECK-NEXT:       rhs: Index () <8:5-8:9>
% CHECK-NEXT:         base: Ident f <8:5-8:6>
% CHECK-NEXT:         arg: Ident x <8:7-8:8>
% CHECK-NEXT:   Function f outputs=(r) params=(a) end <10:1-13:4>
% CHECK-NEXT:     body:
% CHECK-NEXT:       Command x '-1' display <11:3-11:7>
% CHECK-NEXT:       Assign <12:3-12:12>
% CHECK-NEXT:         lhs: Ident r <12:3-12:4>
% CHECK-NEXT:         rhs: Binary minus <12:7-12:12>
% CHECK-NEXT:           Ident a <12:7-12:8>
% CHECK-NEXT:           Number 1 value=1 <12:11-12:12>
% CHECK-NEXT:   Function g outputs=() params=() end <15:1-16:4>
% CHECK-NEXT:     body:
