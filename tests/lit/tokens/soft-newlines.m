% RUN: %mcc --emit=tokens %s 2>&1 | FileCheck %s
% A newline whose innermost open bracket is '(' is "soft" (the statement goes
% on, as in Octave); when it is '[' or '{' the newline separates rows; outside
% brackets it ends the statement.
y = f(1,
      2);
m = [1 2
     3 4];
c = {g(a,
       b)
     3};

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: 1:49 Newline space
% CHECK-NEXT: 2:78 Newline space
% CHECK-NEXT: 3:79 Newline space
% CHECK-NEXT: 4:34 Newline space
% CHECK-NEXT: 5:1 Ident 'y'
% CHECK-NEXT: 5:3 Assign '=' space
% CHECK-NEXT: 5:5 Ident 'f' space
% CHECK-NEXT: 5:6 LParen '('
% CHECK-NEXT: 5:7 Number '1'
% CHECK-NEXT: 5:8 Comma ','
% CHECK-NEXT: 5:9 Newline soft
% CHECK-NEXT: 6:7 Number '2' space
% CHECK-NEXT: 6:8 RParen ')'
% CHECK-NEXT: 6:9 Semi ';'
% CHECK-NEXT: 6:10 Newline
% CHECK-NEXT: 7:1 Ident 'm'
% CHECK-NEXT: 7:3 Assign '=' space
% CHECK-NEXT: 7:5 LBracket '[' space
% CHECK-NEXT: 7:6 Number '1'
% CHECK-NEXT: 7:8 Number '2' space
% CHECK-NEXT: 7:9 Newline
% CHECK-NEXT: 8:6 Number '3' space
% CHECK-NEXT: 8:8 Number '4' space
% CHECK-NEXT: 8:9 RBracket ']'
% CHECK-NEXT: 8:10 Semi ';'
% CHECK-NEXT: 8:11 Newline
% CHECK-NEXT: 9:1 Ident 'c'
% CHECK-NEXT: 9:3 Assign '=' space
% CHECK-NEXT: 9:5 LBrace '{' space
% CHECK-NEXT: 9:6 Ident 'g'
% CHECK-NEXT: 9:7 LParen '('
% CHECK-NEXT: 9:8 Ident 'a'
% CHECK-NEXT: 9:9 Comma ','
% CHECK-NEXT: 9:10 Newline soft
% CHECK-NEXT: 10:8 Ident 'b' space
% CHECK-NEXT: 10:9 RParen ')'
% CHECK-NEXT: 10:10 Newline
% CHECK-NEXT: 11:6 Number '3' space
% CHECK-NEXT: 11:7 RBrace '}'
% CHECK-NEXT: 11:8 Semi ';'
% CHECK-NEXT: 11:9 Newline
