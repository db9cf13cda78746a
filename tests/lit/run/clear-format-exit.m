% RUN: %mcc %s -o %t
% RUN: %python %S/../driver/Inputs/expect-status.py 4 %t
% RUN: not %t > %t.out 2> %t.err
% RUN: FileCheck %s < %t.out
% RUN: FileCheck %s --check-prefix=ERR --allow-empty < %t.err
% Command-syntax housekeeping of scripts: clear makes variables undefined,
% format changes how values display, clc and close do nothing, exit(n) ends
% the program with status n.
clear all; clc; close all;
x = 1;
y = 2;
clear x
fprintf('y = %d\n', y);
% CHECK: y = 2
format long
p = pi
% CHECK: p =
% CHECK-EMPTY:
% CHECK-NEXT: 3.141592653589793
format short
p = pi
% CHECK: p =
% CHECK-EMPTY:
% CHECK-NEXT: 3.1416
if y == 2
  exit(4);
end
disp(x);  % x is cleared: would be MATLAB's error, but exit came first
% ERR-NOT: Error
