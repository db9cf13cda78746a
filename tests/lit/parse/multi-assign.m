% RUN: %mcc --emit=ast %s | FileCheck %s
% [a, b] = ... is a multiple assignment (`multi`); its targets may be ~
% placeholders, indexed names or fields, and may be separated by blanks.
[~, i] = max(x);
[m, n] = size(x)
[s.a, c{2}, x(3)] = deal(1);
[p q] = deal(1, 2);
[r] = f();
[~] = f();

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}multi-assign.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Assign multi <4:1-4:16>
% CHECK-NEXT:       lhs: Tilde <4:2-4:3>
% CHECK-NEXT:       lhs: Ident i <4:5-4:6>
% CHECK-NEXT:       rhs: Index () <4:10-4:16>
% CHECK-NEXT:         base: Ident max <4:10-4:13>
% CHECK-NEXT:         arg: Ident x <4:14-4:15>
% CHECK-NEXT:     Assign multi display <5:1-5:17>
% CHECK-NEXT:       lhs: Ident m <5:2-5:3>
% CHECK-NEXT:       lhs: Ident n <5:5-5:6>
% CHECK-NEXT:       rhs: Index () <5:10-5:17>
% CHECK-NEXT:         base: Ident size <5:10-5:14>
% CHECK-NEXT:         arg: Ident x <5:15-5:16>
% CHECK-NEXT:     Assign multi <6:1-6:28>
% CHECK-NEXT:       lhs: Field a <6:2-6:5>
% CHECK-NEXT:         base: Ident s <6:2-6:3>
% CHECK-NEXT:       lhs: Index {} <6:7-6:11>
% CHECK-NEXT:         base: Ident c <6:7-6:8>
% CHECK-NEXT:         arg: Number 2 value=2 <6:9-6:10>
% CHECK-NEXT:       lhs: Index () <6:13-6:17>
% CHECK-NEXT:         base: Ident x <6:13-6:14>
% CHECK-NEXT:         arg: Number 3 value=3 <6:15-6:16>
% CHECK-NEXT:       rhs: Index () <6:21-6:28>
% CHECK-NEXT:         base: Ident deal <6:21-6:25>
% CHECK-NEXT:         arg: Number 1 value=1 <6:26-6:27>
% CHECK-NEXT:     Assign multi <7:1-7:19>
% CHECK-NEXT:       lhs: Ident p <7:2-7:3>
% CHECK-NEXT:       lhs: Ident q <7:4-7:5>
% CHECK-NEXT:       rhs: Index () <7:9-7:19>
% CHECK-NEXT:         base: Ident deal <7:9-7:13>
% CHECK-NEXT:         arg: Number 1 value=1 <7:14-7:15>
% CHECK-NEXT:         arg: Number 2 value=2 <7:17-7:18>
% CHECK-NEXT:     Assign multi <8:1-8:10>
% CHECK-NEXT:       lhs: Ident r <8:2-8:3>
% CHECK-NEXT:       rhs: Index () <8:7-8:10>
% CHECK-NEXT:         base: Ident f <8:7-8:8>
% CHECK-NEXT:     Assign multi <9:1-9:10>
% CHECK-NEXT:       lhs: Tilde <9:2-9:3>
% CHECK-NEXT:       rhs: Index () <9:7-9:10>
% CHECK-NEXT:         base: Ident f <9:7-9:8>
