% RUN: %mcc --emit=ast %s | FileCheck %s
% Char vectors '...': '' inside stands for one quote, backslashes are plain
% text, double quotes need no escaping. The printer shows the decoded value
% with quotes doubled again.
a = 'it''s';
b = '';
c = '''';
d = 'a''';
e = 'no\nescape';
f = 'say "x"';

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}char-literals.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Assign <5:1-5:12>
% CHECK-NEXT:       lhs: Ident a <5:1-5:2>
% CHECK-NEXT:       rhs: Char 'it''s' <5:5-5:12>
% CHECK-NEXT:     Assign <6:1-6:7>
% CHECK-NEXT:       lhs: Ident b <6:1-6:2>
% CHECK-NEXT:       rhs: Char '' <6:5-6:7>
% CHECK-NEXT:     Assign <7:1-7:9>
% CHECK-NEXT:       lhs: Ident c <7:1-7:2>
% CHECK-NEXT:       rhs: Char '''' <7:5-7:9>
% CHECK-NEXT:     Assign <8:1-8:10>
% CHECK-NEXT:       lhs: Ident d <8:1-8:2>
% CHECK-NEXT:       rhs: Char 'a''' <8:5-8:10>
% CHECK-NEXT:     Assign <9:1-9:17>
% CHECK-NEXT:       lhs: Ident e <9:1-9:2>
% CHECK-NEXT:       rhs: Char 'no\\nescape' <9:5-9:17>
% CHECK-NEXT:     Assign <10:1-10:14>
% CHECK-NEXT:       lhs: Ident f <10:1-10:2>
% CHECK-NEXT:       rhs: Char 'say "x"' <10:5-10:14>
