% RUN: %mcc --emit=ast %s | FileCheck %s
% Octave's do ... until cond: the body runs at least once; the condition
% ends the statement (no `end`). It may sit on one line.
do
  x++;
until x > 10
do x--; until (x < 0)
y = 1

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}octave-do-until.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     DoUntil <4:1-6:13>
% CHECK-NEXT:       body:
% CHECK-NEXT:         OpAssign plus <5:3-5:6>
% CHECK-NEXT:           lhs: Ident x <5:3-5:4>
% CHECK-NEXT:           rhs: Number 1 value=1 <5:3-5:6>
% CHECK-NEXT:       until: Binary gt <6:7-6:13>
% CHECK-NEXT:         Ident x <6:7-6:8>
% CHECK-NEXT:         Number 10 value=10 <6:11-6:13>
% CHECK-NEXT:     DoUntil <7:1-7:22>
% CHECK-NEXT:       body:
% CHECK-NEXT:         OpAssign minus <7:4-7:7>
% CHECK-NEXT:           lhs: Ident x <7:4-7:5>
% CHECK-NEXT:           rhs: Number 1 value=1 <7:4-7:7>
% CHECK-NEXT:       until: Paren <7:15-7:22>
% CHECK-NEXT:         Binary lt <7:16-7:21>
% CHECK-NEXT:           Ident x <7:16-7:17>
% CHECK-NEXT:           Number 0 value=0 <7:20-7:21>
% CHECK-NEXT:     Assign display <8:1-8:6>
% CHECK-NEXT:       lhs: Ident y <8:1-8:2>
% CHECK-NEXT:       rhs: Number 1 value=1 <8:5-8:6>
