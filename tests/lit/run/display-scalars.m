% RUN: %mcc %s -o %t && %t | FileCheck --match-full-lines %s
% Statements without ';' display their scalar values in MATLAB's format short,
% loose spacing (the formats themselves are unit-tested against MATLAB's
% documentation in tests/unit/DisplayTest.cpp, blanks included; here the
% lines are matched without their indentation); disp prints the value alone.
x = 5
y = pi
b = 3 > 2
disp(-0.125)

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: x =
% CHECK-EMPTY:
% CHECK-NEXT:      5
% CHECK-EMPTY:
% CHECK-EMPTY:
% CHECK-NEXT: y =
% CHECK-EMPTY:
% CHECK-NEXT:     3.1416
% CHECK-EMPTY:
% CHECK-EMPTY:
% CHECK-NEXT: b =
% CHECK-EMPTY:
% CHECK-NEXT:   logical
% CHECK-EMPTY:
% CHECK-NEXT:    1
% CHECK-EMPTY:
% CHECK-NEXT:    -0.1250
