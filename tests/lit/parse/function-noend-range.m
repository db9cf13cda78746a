% RUN: %mcc --emit=ast %s | FileCheck %s
% A function without `end` ends at its last statement: its range does not
% run over the blank lines and the comment that document the next function.
function a
x = 1;

% b: the second function

function b
y = 2;

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File function {{.*}}function-noend-range.m
% CHECK-NEXT:   Function a outputs=() params=() <4:1-5:7>
% CHECK-NEXT:     body:
% CHECK-NEXT:       Assign <5:1-5:6>
% CHECK-NEXT:         lhs: Ident x <5:1-5:2>
% CHECK-NEXT:         rhs: Number 1 value=1 <5:5-5:6>
% CHECK-NEXT:   Function b outputs=() params=() <9:1-10:7>
% CHECK-NEXT:     body:
% CHECK-NEXT:       Assign <10:1-10:6>
% CHECK-NEXT:         lhs: Ident y <10:1-10:2>
% CHECK-NEXT:         rhs: Number 2 value=2 <10:5-10:6>
