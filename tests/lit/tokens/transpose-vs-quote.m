% RUN: %mcc --emit=tokens %s 2>&1 | FileCheck %s
% A quote right after a value is a transpose; elsewhere it opens a char
% vector. Inside [] and {} a blank before the quote makes it a char vector.
a = x';
b = x.' + [1 2]';
c = [a 'str'];
d = [a' b'];
e = {x 'y' x'};
f = a'' * 'q';
g = v(end)' + s.f';
h = 'it''s' + "say ""hi""";

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: 1:49 Newline space
% CHECK-NEXT: 2:72 Newline space
% CHECK-NEXT: 3:76 Newline space
% CHECK-NEXT: 4:1 Ident 'a'
% CHECK-NEXT: 4:3 Assign '=' space
% CHECK-NEXT: 4:5 Ident 'x' space
% CHECK-NEXT: 4:6 Transpose ''''
% CHECK-NEXT: 4:7 Semi ';'
% CHECK-NEXT: 4:8 Newline
% CHECK-NEXT: 5:1 Ident 'b'
% CHECK-NEXT: 5:3 Assign '=' space
% CHECK-NEXT: 5:5 Ident 'x' space
% CHECK-NEXT: 5:6 DotTranspose '.'''
% CHECK-NEXT: 5:9 Plus '+' space
% CHECK-NEXT: 5:11 LBracket '[' space
% CHECK-NEXT: 5:12 Number '1'
% CHECK-NEXT: 5:14 Number '2' space
% CHECK-NEXT: 5:15 RBracket ']'
% CHECK-NEXT: 5:16 Transpose ''''
% CHECK-NEXT: 5:17 Semi ';'
% CHECK-NEXT: 5:18 Newline
% CHECK-NEXT: 6:1 Ident 'c'
% CHECK-NEXT: 6:3 Assign '=' space
% CHECK-NEXT: 6:5 LBracket '[' space
% CHECK-NEXT: 6:6 Ident 'a'
% CHECK-NEXT: 6:8 CharLit '''str''' space
% CHECK-NEXT: 6:13 RBracket ']'
% CHECK-NEXT: 6:14 Semi ';'
% CHECK-NEXT: 6:15 Newline
% CHECK-NEXT: 7:1 Ident 'd'
% CHECK-NEXT: 7:3 Assign '=' space
% CHECK-NEXT: 7:5 LBracket '[' space
% CHECK-NEXT: 7:6 Ident 'a'
% CHECK-NEXT: 7:7 Transpose ''''
% CHECK-NEXT: 7:9 Ident 'b' space
% CHECK-NEXT: 7:10 Transpose ''''
% CHECK-NEXT: 7:11 RBracket ']'
% CHECK-NEXT: 7:12 Semi ';'
% CHECK-NEXT: 7:13 Newline
% CHECK-NEXT: 8:1 Ident 'e'
% CHECK-NEXT: 8:3 Assign '=' space
% CHECK-NEXT: 8:5 LBrace '{' space
% CHECK-NEXT: 8:6 Ident 'x'
% CHECK-NEXT: 8:8 CharLit '''y''' space
% CHECK-NEXT: 8:12 Ident 'x' space
% CHECK-NEXT: 8:13 Transpose ''''
% CHECK-NEXT: 8:14 RBrace '}'
% CHECK-NEXT: 8:15 Semi ';'
% CHECK-NEXT: 8:16 Newline
% CHECK-NEXT: 9:1 Ident 'f'
% CHECK-NEXT: 9:3 Assign '=' space
% CHECK-NEXT: 9:5 Ident 'a' space
% CHECK-NEXT: 9:6 Transpose ''''
% CHECK-NEXT: 9:7 Transpose ''''
% CHECK-NEXT: 9:9 Star '*' space
% CHECK-NEXT: 9:11 CharLit '''q''' space
% CHECK-NEXT: 9:14 Semi ';'
% CHECK-NEXT: 9:15 Newline
% CHECK-NEXT: 10:1 Ident 'g'
% CHECK-NEXT: 10:3 Assign '=' space
% CHECK-NEXT: 10:5 Ident 'v' space
% CHECK-NEXT: 10:6 LParen '('
% CHECK-NEXT: 10:7 Kw_end 'end'
% CHECK-NEXT: 10:10 RParen ')'
% CHECK-NEXT: 10:11 Transpose ''''
% CHECK-NEXT: 10:13 Plus '+' space
% CHECK-NEXT: 10:15 Ident 's' space
% CHECK-NEXT: 10:16 Dot '.'
% CHECK-NEXT: 10:17 Ident 'f'
% CHECK-NEXT: 10:18 Transpose ''''
% CHECK-NEXT: 10:19 Semi ';'
% CHECK-NEXT: 10:20 Newline
% CHECK-NEXT: 11:1 Ident 'h'
% CHECK-NEXT: 11:3 Assign '=' space
% CHECK-NEXT: 11:5 CharLit '''it''''s''' space
% CHECK-NEXT: 11:13 Plus '+' space
% CHECK-NEXT: 11:15 StringLit '"say ""hi"""' space
% CHECK-NEXT: 11:27 Semi ';'
% CHECK-NEXT: 11:28 Newline
