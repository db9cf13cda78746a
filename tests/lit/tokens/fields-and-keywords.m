% RUN: %mcc --emit=tokens %s 2>&1 | FileCheck %s
% After '.' a keyword is a field name; elsewhere it is a keyword token
% (Octave's end keywords included).
s.end = 1;
s.if.for = 2;
if s.end, end
endfunction

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: 1:49 Newline space
% CHECK-NEXT: 2:71 Newline space
% CHECK-NEXT: 3:36 Newline space
% CHECK-NEXT: 4:1 Ident 's'
% CHECK-NEXT: 4:2 Dot '.'
% CHECK-NEXT: 4:3 Ident 'end'
% CHECK-NEXT: 4:7 Assign '=' space
% CHECK-NEXT: 4:9 Number '1' space
% CHECK-NEXT: 4:10 Semi ';'
% CHECK-NEXT: 4:11 Newline
% CHECK-NEXT: 5:1 Ident 's'
% CHECK-NEXT: 5:2 Dot '.'
% CHECK-NEXT: 5:3 Ident 'if'
% CHECK-NEXT: 5:5 Dot '.'
% CHECK-NEXT: 5:6 Ident 'for'
% CHECK-NEXT: 5:10 Assign '=' space
% CHECK-NEXT: 5:12 Number '2' space
% CHECK-NEXT: 5:13 Semi ';'
% CHECK-NEXT: 5:14 Newline
% CHECK-NEXT: 6:1 Kw_if 'if'
% CHECK-NEXT: 6:4 Ident 's' space
% CHECK-NEXT: 6:5 Dot '.'
% CHECK-NEXT: 6:6 Ident 'end'
% CHECK-NEXT: 6:9 Comma ','
% CHECK-NEXT: 6:11 Kw_end 'end' space
% CHECK-NEXT: 6:14 Newline
% CHECK-NEXT: 7:1 Kw_endfunction 'endfunction'
% CHECK-NEXT: 7:12 Newline
