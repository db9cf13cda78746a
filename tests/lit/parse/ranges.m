% RUN: %mcc --emit=ast %s | FileCheck %s
% The colon operator sits between arithmetic and comparisons: `b:c + d` is
% b:(c+d), `-b:c` is (-b):c, and `b:c:d < e` compares the whole range.
% `first:step:last` keeps its step; a bare ':' as an index is Colon.
a = 1:3;
a = 10:-1:1;
a = b:c + d;
a = -b:c;
a = b:c:d < e;
a = (1:3)';
a = x(:);
a = x(:, 2:end);

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}ranges.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Assign <5:1-5:8>
% CHECK-NEXT:       lhs: Ident a <5:1-5:2>
% CHECK-NEXT:       rhs: Range <5:5-5:8>
% CHECK-NEXT:         first: Number 1 value=1 <5:5-5:6>
% CHECK-NEXT:         last: Number 3 value=3 <5:7-5:8>
% CHECK-NEXT:     Assign <6:1-6:12>
% CHECK-NEXT:       lhs: Ident a <6:1-6:2>
% CHECK-NEXT:       rhs: Range <6:5-6:12>
% CHECK-NEXT:         first: Number 10 value=10 <6:5-6:7>
% CHECK-NEXT:         step: Unary uminus <6:8-6:10>
% CHECK-NEXT:           Number 1 value=1 <6:9-6:10>
% CHECK-NEXT:         last: Number 1 value=1 <6:11-6:12>
% CHECK-NEXT:     Assign <7:1-7:12>
% CHECK-NEXT:       lhs: Ident a <7:1-7:2>
% CHECK-NEXT:       rhs: Range <7:5-7:12>
% CHECK-NEXT:         first: Ident b <7:5-7:6>
% CHECK-NEXT:         last: Binary plus <7:7-7:12>
% CHECK-NEXT:           Ident c <7:7-7:8>
% CHECK-NEXT:           Ident d <7:11-7:12>
% CHECK-NEXT:     Assign <8:1-8:9>
% CHECK-NEXT:       lhs: Ident a <8:1-8:2>
% CHECK-NEXT:       rhs: Range <8:5-8:9>
% CHECK-NEXT:         first: Unary uminus <8:5-8:7>
% CHECK-NEXT:           Ident b <8:6-8:7>
% CHECK-NEXT:         last: Ident c <8:8-8:9>
% CHECK-NEXT:     Assign <9:1-9:14>
% CHECK-NEXT:       lhs: Ident a <9:1-9:2>
% CHECK-NEXT:       rhs: Binary lt <9:5-9:14>
% CHECK-NEXT:         Range <9:5-9:10>
% CHECK-NEXT:           first: Ident b <9:5-9:6>
% CHECK-NEXT:           step: Ident c <9:7-9:8>
% CHECK-NEXT:           last: Ident d <9:9-9:10>
% CHECK-NEXT:         Ident e <9:13-9:14>
% CHECK-NEXT:     Assign <10:1-10:11>
% CHECK-NEXT:       lhs: Ident a <10:1-10:2>
% CHECK-NEXT:       rhs: Postfix ctranspose <10:5-10:11>
% CHECK-NEXT:         Paren <10:5-10:10>
% CHECK-NEXT:           Range <10:6-10:9>
% CHECK-NEXT:             first: Number 1 value=1 <10:6-10:7>
% CHECK-NEXT:             last: Number 3 value=3 <10:8-10:9>
% CHECK-NEXT:     Assign <11:1-11:9>
% CHECK-NEXT:       lhs: Ident a <11:1-11:2>
% CHECK-NEXT:       rhs: Index () <11:5-11:9>
% CHECK-NEXT:         base: Ident x <11:5-11:6>
% CHECK-NEXT:         arg: Colon <11:7-11:8>
% CHECK-NEXT:     Assign <12:1-12:16>
% CHECK-NEXT:       lhs: Ident a <12:1-12:2>
% CHECK-NEXT:       rhs: Index () <12:5-12:16>
% CHECK-NEXT:         base: Ident x <12:5-12:6>
% CHECK-NEXT:         arg: Colon <12:7-12:8>
% CHECK-NEXT:         arg: Range <12:10-12:15>
% CHECK-NEXT:           first: Number 2 value=2 <12:10-12:11>
% CHECK-NEXT:           last: End <12:12-12:15>
