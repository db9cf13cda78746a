% RUN: %mcc --emit=ast %s | FileCheck %s
% Octave's assignment is an expression: `a = b = 0` assigns 0 to b, then b's
% value to a (right associative, an Assign node as the value), and an
% assignment in parentheses may be used as a value, as in a condition.
a = b = 0;
a = b = c = 1
if (x = f()) end

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}octave-chained-assign.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Assign <5:1-5:10>
% CHECK-NEXT:       lhs: Ident a <5:1-5:2>
% CHECK-NEXT:       rhs: Assign <5:5-5:10>
% CHECK-NEXT:         lhs: Ident b <5:5-5:6>
% CHECK-NEXT:         rhs: Number 0 value=0 <5:9-5:10>
% CHECK-NEXT:     Assign display <6:1-6:14>
% CHECK-NEXT:       lhs: Ident a <6:1-6:2>
% CHECK-NEXT:       rhs: Assign <6:5-6:14>
% CHECK-NEXT:         lhs: Ident b <6:5-6:6>
% CHECK-NEXT:         rhs: Assign <6:9-6:14>
% CHECK-NEXT:           lhs: Ident c <6:9-6:10>
% CHECK-NEXT:           rhs: Number 1 value=1 <6:13-6:14>
% CHECK-NEXT:     If <7:1-7:17>
% CHECK-NEXT:       cond: Paren <7:4-7:13>
% CHECK-NEXT:         Assign <7:5-7:12>
% CHECK-NEXT:           lhs: Ident x <7:5-7:6>
% CHECK-NEXT:           rhs: Index () <7:9-7:12>
% CHECK-NEXT:             base: Ident f <7:9-7:10>
% CHECK-NEXT:       then:
