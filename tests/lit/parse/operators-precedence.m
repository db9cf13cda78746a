% RUN: %mcc --emit=ast %s | FileCheck %s
% MATLAB's precedence: power binds tighter than unary minus, ^ is left
% associative, and a power's right operand may carry its own sign.
a = -2^2;
b = 2^-1;
c = 2^3^2;

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}operators-precedence.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Assign <4:1-4:9>
% CHECK-NEXT:       lhs: Ident a <4:1-4:2>
% CHECK-NEXT:       rhs: Unary uminus <4:5-4:9>
% CHECK-NEXT:         Binary mpower <4:6-4:9>
% CHECK-NEXT:           Number 2 value=2 <4:6-4:7>
% CHECK-NEXT:           Number 2 value=2 <4:8-4:9>
% CHECK-NEXT:     Assign <5:1-5:9>
% CHECK-NEXT:       lhs: Ident b <5:1-5:2>
% CHECK-NEXT:       rhs: Binary mpower <5:5-5:9>
% CHECK-NEXT:         Number 2 value=2 <5:5-5:6>
% CHECK-NEXT:         Unary uminus <5:7-5:9>
% CHECK-NEXT:           Number 1 value=1 <5:8-5:9>
% CHECK-NEXT:     Assign <6:1-6:10>
% CHECK-NEXT:       lhs: Ident c <6:1-6:2>
% CHECK-NEXT:       rhs: Binary mpower <6:5-6:10>
% CHECK-NEXT:         Binary mpower <6:5-6:8>
% CHECK-NEXT:           Number 2 value=2 <6:5-6:6>
% CHECK-NEXT:           Number 3 value=3 <6:7-6:8>
% CHECK-NEXT:         Number 2 value=2 <6:9-6:10>
