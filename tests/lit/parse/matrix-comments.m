% RUN: %mcc --emit=ast %s | FileCheck %s
% Comments inside brackets end at the line's end, and the line break after
% them still separates rows; a block comment inside brackets is skipped
% whole; `%{` after other text on its line is a line comment.
x = [1 2 % first row
     3 4 # second row
     5 6];
y = {'a' % one
  'b'};
z = [1 2
%{
3 4
%}
5 6];
w = [1 2 %{
3];

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}matrix-comments.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Assign <5:1-7:10>
% CHECK-NEXT:       lhs: Ident x <5:1-5:2>
% CHECK-NEXT:       rhs: Matrix rows=3 <5:5-7:10>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Number 1 value=1 <5:6-5:7>
% CHECK-NEXT:           Number 2 value=2 <5:8-5:9>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Number 3 value=3 <6:6-6:7>
% CHECK-NEXT:           Number 4 value=4 <6:8-6:9>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Number 5 value=5 <7:6-7:7>
% CHECK-NEXT:           Number 6 value=6 <7:8-7:9>
% CHECK-NEXT:     Assign <8:1-9:7>
% CHECK-NEXT:       lhs: Ident y <8:1-8:2>
% CHECK-NEXT:       rhs: Cell rows=2 <8:5-9:7>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Char 'a' <8:6-8:9>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Char 'b' <9:3-9:6>
% CHECK-NEXT:     Assign <10:1-14:5>
% CHECK-NEXT:       lhs: Ident z <10:1-10:2>
% CHECK-NEXT:       rhs: Matrix rows=2 <10:5-14:5>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Number 1 value=1 <10:6-10:7>
% CHECK-NEXT:           Number 2 value=2 <10:8-10:9>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Number 5 value=5 <14:1-14:2>
% CHECK-NEXT:           Number 6 value=6 <14:3-14:4>
% CHECK-NEXT:     Assign <15:1-16:3>
% CHECK-NEXT:       lhs: Ident w <15:1-15:2>
% CHECK-NEXT:       rhs: Matrix rows=2 <15:5-16:3>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Number 1 value=1 <15:6-15:7>
% CHECK-NEXT:           Number 2 value=2 <15:8-15:9>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Number 3 value=3 <16:1-16:2>
