% RUN: %mcc --emit=ast %s | FileCheck %s
% Octave's operator spellings: ! for ~, != for ~=, ** for ^, .** for .^.
a = !b;
a = b != c;
a = !b != c;
a = 2**3;
a = 2.**3;
a = b ** -1;

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}octave-operators.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Assign <3:1-3:7>
% CHECK-NEXT:       lhs: Ident a <3:1-3:2>
% CHECK-NEXT:       rhs: Unary not <3:5-3:7>
% CHECK-NEXT:         Ident b <3:6-3:7>
% CHECK-NEXT:     Assign <4:1-4:11>
% CHECK-NEXT:       lhs: Ident a <4:1-4:2>
% CHECK-NEXT:       rhs: Binary ne <4:5-4:11>
% CHECK-NEXT:         Ident b <4:5-4:6>
% CHECK-NEXT:         Ident c <4:10-4:11>
% CHECK-NEXT:     Assign <5:1-5:12>
% CHECK-NEXT:       lhs: Ident a <5:1-5:2>
% CHECK-NEXT:       rhs: Binary ne <5:5-5:12>
% CHECK-NEXT:         Unary not <5:5-5:7>
% CHECK-NEXT:           Ident b <5:6-5:7>
% CHECK-NEXT:         Ident c <5:11-5:12>
% CHECK-NEXT:     Assign <6:1-6:9>
% CHECK-NEXT:       lhs: Ident a <6:1-6:2>
% CHECK-NEXT:       rhs: Binary mpower <6:5-6:9>
% CHECK-NEXT:         Number 2 value=2 <6:5-6:6>
% CHECK-NEXT:         Number 3 value=3 <6:8-6:9>
% CHECK-NEXT:     Assign <7:1-7:10>
% CHECK-NEXT:       lhs: Ident a <7:1-7:2>
% CHECK-NEXT:       rhs: Binary power <7:5-7:10>
% CHECK-NEXT:         Number 2 value=2 <7:5-7:6>
% CHECK-NEXT:         Number 3 value=3 <7:9-7:10>
% CHECK-NEXT:     Assign <8:1-8:12>
% CHECK-NEXT:       lhs: Ident a <8:1-8:2>
% CHECK-NEXT:       rhs: Binary mpower <8:5-8:12>
% CHECK-NEXT:         Ident b <8:5-8:6>
% CHECK-NEXT:         Unary uminus <8:10-8:12>
% CHECK-NEXT:           Number 1 value=1 <8:11-8:12>
