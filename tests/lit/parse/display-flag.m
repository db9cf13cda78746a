% RUN: %mcc --emit=ast %s | FileCheck %s
% A statement shows its result unless a ';' ends it: ',' , a new line, a
% comment or the end of the file leave `display` set; ';' clears it. The flag
% is per statement, also when several share a line.
a = 1
b = 2;
c = 3, d = 4; e = 5
f = 6 % a comment does not hide the result
g = 7; % nor does it show it
a
b;
[p, q] = size(a)
a += 1
hold on
hold on;
h = 8

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}display-flag.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Assign display <5:1-5:6>
% CHECK-NEXT:       lhs: Ident a <5:1-5:2>
% CHECK-NEXT:       rhs: Number 1 value=1 <5:5-5:6>
% CHECK-NEXT:     Assign <6:1-6:6>
% CHECK-NEXT:       lhs: Ident b <6:1-6:2>
% CHECK-NEXT:       rhs: Number 2 value=2 <6:5-6:6>
% CHECK-NEXT:     Assign display <7:1-7:6>
% CHECK-NEXT:       lhs: Ident c <7:1-7:2>
% CHECK-NEXT:       rhs: Number 3 value=3 <7:5-7:6>
% CHECK-NEXT:     Assign <7:8-7:13>
% CHECK-NEXT:       lhs: Ident d <7:8-7:9>
% CHECK-NEXT:       rhs: Number 4 value=4 <7:12-7:13>
% CHECK-NEXT:     Assign display <7:15-7:20>
% CHECK-NEXT:       lhs: Ident e <7:15-7:16>
% CHECK-NEXT:       rhs: Number 5 value=5 <7:19-7:20>
% CHECK-NEXT:     Assign display <8:1-8:6>
% CHECK-NEXT:       lhs: Ident f <8:1-8:2>
% CHECK-NEXT:       rhs: Number 6 value=6 <8:5-8:6>
% CHECK-NEXT:     Assign <9:1-9:6>
% CHECK-NEXT:       lhs: Ident g <9:1-9:2>
% CHECK-NEXT:       rhs: Number 7 value=7 <9:5-9:6>
% CHECK-NEXT:     Expr display <10:1-10:2>
% CHECK-NEXT:       Ident a <10:1-10:2>
% CHECK-NEXT:     Expr <11:1-11:2>
% CHECK-NEXT:       Ident b <11:1-11:2>
% CHECK-NEXT:     Assign multi display <12:1-12:17>
% CHECK-NEXT:       lhs: Ident p <12:2-12:3>
% CHECK-NEXT:       lhs: Ident q <12:5-12:6>
% CHECK-NEXT:       rhs: Index () <12:10-12:17>
% CHECK-NEXT:         base: Ident size <12:10-12:14>
% CHECK-NEXT:         arg: Ident a <12:15-12:16>
% CHECK-NEXT:     OpAssign plus display <13:1-13:7>
% CHECK-NEXT:       lhs: Ident a <13:1-13:2>
% CHECK-NEXT:       rhs: Number 1 value=1 <13:6-13:7>
% CHECK-NEXT:     Command hold 'on' display <14:1-14:8>
% CHECK-NEXT:     Command hold 'on' <15:1-15:8>
% CHECK-NEXT:     Assign display <16:1-16:6>
% CHECK-NEXT:       lhs: Ident h <16:1-16:2>
% CHECK-NEXT:       rhs: Number 8 value=8 <16:5-16:6>
