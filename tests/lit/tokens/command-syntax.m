% RUN: %mcc --emit=tokens %s 2>&1 | FileCheck %s
% An identifier that starts a statement and is followed by a blank and then
% text that is not an operator followed by a blank starts command syntax:
% a CommandName, then CommandWord tokens up to ',', ';', a comment or the end
% of the line. Quoted parts of a word may hold blanks.
hold on
format long g
a -1
a - 1
a = 1;
disp 'hello world'
x(1)
cd ..; y = 2
warning off all % a trailing comment
if x, hold off, end

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: 1:49 Newline space
% CHECK-NEXT: 2:76 Newline space
% CHECK-NEXT: 3:74 Newline space
% CHECK-NEXT: 4:78 Newline space
% CHECK-NEXT: 5:55 Newline space
% CHECK-NEXT: 6:1 CommandName 'hold'
% CHECK-NEXT: 6:6 CommandWord 'on' space
% CHECK-NEXT: 6:8 Newline
% CHECK-NEXT: 7:1 CommandName 'format'
% CHECK-NEXT: 7:8 CommandWord 'long' space
% CHECK-NEXT: 7:13 CommandWord 'g' space
% CHECK-NEXT: 7:14 Newline
% CHECK-NEXT: 8:1 CommandName 'a'
% CHECK-NEXT: 8:3 CommandWord '-1' space
% CHECK-NEXT: 8:5 Newline
% CHECK-NEXT: 9:1 Ident 'a'
% CHECK-NEXT: 9:3 Minus '-' space
% CHECK-NEXT: 9:5 Number '1' space
% CHECK-NEXT: 9:6 Newline
% CHECK-NEXT: 10:1 Ident 'a'
% CHECK-NEXT: 10:3 Assign '=' space
% CHECK-NEXT: 10:5 Number '1' space
% CHECK-NEXT: 10:6 Semi ';'
% CHECK-NEXT: 10:7 Newline
% CHECK-NEXT: 11:1 CommandName 'disp'
% CHECK-NEXT: 11:6 CommandWord '''hello world''' space
% CHECK-NEXT: 11:19 Newline
% CHECK-NEXT: 12:1 Ident 'x'
% CHECK-NEXT: 12:2 LParen '('
% CHECK-NEXT: 12:3 Number '1'
% CHECK-NEXT: 12:4 RParen ')'
% CHECK-NEXT: 12:5 Newline
% CHECK-NEXT: 13:1 CommandName 'cd'
% CHECK-NEXT: 13:4 CommandWord '..' space
% CHECK-NEXT: 13:6 Semi ';'
% CHECK-NEXT: 13:8 Ident 'y' space
% CHECK-NEXT: 13:10 Assign '=' space
% CHECK-NEXT: 13:12 Number '2' space
% CHECK-NEXT: 13:13 Newline
% CHECK-NEXT: 14:1 CommandName 'warning'
% CHECK-NEXT: 14:9 CommandWord 'off' space
% CHECK-NEXT: 14:13 CommandWord 'all' space
% CHECK-NEXT: 14:37 Newline space
% CHECK-NEXT: 15:1 Kw_if 'if'
% CHECK-NEXT: 15:4 Ident 'x' space
% CHECK-NEXT: 15:5 Comma ','
% CHECK-NEXT: 15:7 CommandName 'hold' space
% CHECK-NEXT: 15:12 CommandWord 'off' space
% CHECK-NEXT: 15:15 Comma ','
% CHECK-NEXT: 15:17 Kw_end 'end' space
% CHECK-NEXT: 15:20 Newline
