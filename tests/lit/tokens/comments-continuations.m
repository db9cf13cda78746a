% RUN: %mcc --emit=tokens %s 2>&1 | FileCheck %s
% Comments, block comments and '...' continuations never reach the parser:
% they only set "space" on the next token. The line break after a
% continuation disappears with it.
x = 1 + ... the rest of this line is a comment
    2;  # Octave comment
%{
a block comment
  x = 3;
%}
s = 'not % a comment';
t = "not ... a continuation";
z = [1, ...
     2];

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: 1:49 Newline space
% CHECK-NEXT: 2:75 Newline space
% CHECK-NEXT: 3:66 Newline space
% CHECK-NEXT: 4:35 Newline space
% CHECK-NEXT: 5:1 Ident 'x'
% CHECK-NEXT: 5:3 Assign '=' space
% CHECK-NEXT: 5:5 Number '1' space
% CHECK-NEXT: 5:7 Plus '+' space
% CHECK-NEXT: 6:5 Number '2' space
% CHECK-NEXT: 6:6 Semi ';'
% CHECK-NEXT: 6:25 Newline space
% CHECK-NEXT: 10:3 Newline space
% CHECK-NEXT: 11:1 Ident 's'
% CHECK-NEXT: 11:3 Assign '=' space
% CHECK-NEXT: 11:5 CharLit '''not % a comment''' space
% CHECK-NEXT: 11:22 Semi ';'
% CHECK-NEXT: 11:23 Newline
% CHECK-NEXT: 12:1 Ident 't'
% CHECK-NEXT: 12:3 Assign '=' space
% CHECK-NEXT: 12:5 StringLit '"not ... a continuation"' space
% CHECK-NEXT: 12:29 Semi ';'
% CHECK-NEXT: 12:30 Newline
% CHECK-NEXT: 13:1 Ident 'z'
% CHECK-NEXT: 13:3 Assign '=' space
% CHECK-NEXT: 13:5 LBracket '[' space
% CHECK-NEXT: 13:6 Number '1'
% CHECK-NEXT: 13:7 Comma ','
% CHECK-NEXT: 14:6 Number '2' space
% CHECK-NEXT: 14:7 RBracket ']'
% CHECK-NEXT: 14:8 Semi ';'
% CHECK-NEXT: 14:9 Newline
