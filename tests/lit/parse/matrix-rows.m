% RUN: %mcc --emit=ast %s | FileCheck %s
% Rows are separated by ';' or new lines; elements by ',' or blanks. Empty
% rows (a trailing ';' or new line, a leading ';') are dropped, as is a
% trailing ','. `...` joins lines into one row. [] and {} have no rows.
x = [1, 2
3, 4];
x = [1 2;
     3 4];
x = [1 2
     ];
x = [1;2;];
x = [;1];
x = [1, 2,];
x = [1 2 ...
     3];
x = [];
x = {};
x = {1, 'a'; 2, 'b'};
x = ['abc'; 'def'];

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}matrix-rows.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Assign <5:1-6:6>
% CHECK-NEXT:       lhs: Ident x <5:1-5:2>
% CHECK-NEXT:       rhs: Matrix rows=2 <5:5-6:6>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Number 1 value=1 <5:6-5:7>
% CHECK-NEXT:           Number 2 value=2 <5:9-5:10>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Number 3 value=3 <6:1-6:2>
% CHECK-NEXT:           Number 4 value=4 <6:4-6:5>
% CHECK-NEXT:     Assign <7:1-8:10>
% CHECK-NEXT:       lhs: Ident x <7:1-7:2>
% CHECK-NEXT:       rhs: Matrix rows=2 <7:5-8:10>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Number 1 value=1 <7:6-7:7>
% CHECK-NEXT:           Number 2 value=2 <7:8-7:9>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Number 3 value=3 <8:6-8:7>
% CHECK-NEXT:           Number 4 value=4 <8:8-8:9>
% CHECK-NEXT:     Assign <9:1-10:7>
% CHECK-NEXT:       lhs: Ident x <9:1-9:2>
% CHECK-NEXT:       rhs: Matrix rows=1 <9:5-10:7>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Number 1 value=1 <9:6-9:7>
% CHECK-NEXT:           Number 2 value=2 <9:8-9:9>
% CHECK-NEXT:     Assign <11:1-11:11>
% CHECK-NEXT:       lhs: Ident x <11:1-11:2>
% CHECK-NEXT:       rhs: Matrix rows=2 <11:5-11:11>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Number 1 value=1 <11:6-11:7>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Number 2 value=2 <11:8-11:9>
% CHECK-NEXT:     Assign <12:1-12:9>
% CHECK-NEXT:       lhs: Ident x <12:1-12:2>
% CHECK-NEXT:       rhs: Matrix rows=1 <12:5-12:9>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Number 1 value=1 <12:7-12:8>
% CHECK-NEXT:     Assign <13:1-13:12>
% CHECK-NEXT:       lhs: Ident x <13:1-13:2>
% CHECK-NEXT:       rhs: Matrix rows=1 <13:5-13:12>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Number 1 value=1 <13:6-13:7>
% CHECK-NEXT:           Number 2 value=2 <13:9-13:10>
% CHECK-NEXT:     Assign <14:1-15:8>
% CHECK-NEXT:       lhs: Ident x <14:1-14:2>
% CHECK-NEXT:       rhs: Matrix rows=1 <14:5-15:8>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Number 1 value=1 <14:6-14:7>
% CHECK-NEXT:           Number 2 value=2 <14:8-14:9>
% CHECK-NEXT:           Number 3 value=3 <15:6-15:7>
% CHECK-NEXT:     Assign <16:1-16:7>
% CHECK-NEXT:       lhs: Ident x <16:1-16:2>
% CHECK-NEXT:       rhs: Matrix rows=0 <16:5-16:7>
% CHECK-NEXT:     Assign <17:1-17:7>
% CHECK-NEXT:       lhs: Ident x <17:1-17:2>
% CHECK-NEXT:       rhs: Cell rows=0 <17:5-17:7>
% CHECK-NEXT:     Assign <18:1-18:21>
% CHECK-NEXT:       lhs: Ident x <18:1-18:2>
% CHECK-NEXT:       rhs: Cell rows=2 <18:5-18:21>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Number 1 value=1 <18:6-18:7>
% CHECK-NEXT:           Char 'a' <18:9-18:12>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Number 2 value=2 <18:14-18:15>
% CHECK-NEXT:           Char 'b' <18:17-18:20>
% CHECK-NEXT:     Assign <19:1-19:19>
% CHECK-NEXT:       lhs: Ident x <19:1-19:2>
% CHECK-NEXT:       rhs: Matrix rows=2 <19:5-19:19>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Char 'abc' <19:6-19:11>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Char 'def' <19:13-19:18>
