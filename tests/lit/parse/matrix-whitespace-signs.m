% RUN: %mcc --emit=ast %s | FileCheck %s
% Inside [] and {}, a + or - with a blank before it and none after starts a
% new element (a unary sign): [1 -2] and [a -b] have two elements, [1 +2]
% too. With blanks on both sides, or on neither, it is a binary operator:
% [1 - 2], [a - b], [a-b], [a+ b] have one. A continuation counts as a blank.
% ~ never is binary, so [a ~b] has two elements while [a ~= b] has one.
x = [1 -2];
x = [1 - 2];
x = [a -b];
x = [a - b];
x = [a-b];
x = [a+ b];
x = [1 +2];
x = [-1 -2];
x = [1 -2 + 3];
x = [a' -b'];
x = [1 - ...
2];
x = [a ~b];
x = [a ~= b];
x = {1 -2};

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}matrix-whitespace-signs.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Assign <7:1-7:11>
% CHECK-NEXT:       lhs: Ident x <7:1-7:2>
% CHECK-NEXT:       rhs: Matrix rows=1 <7:5-7:11>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Number 1 value=1 <7:6-7:7>
% CHECK-NEXT:           Unary uminus <7:8-7:10>
% CHECK-NEXT:             Number 2 value=2 <7:9-7:10>
% CHECK-NEXT:     Assign <8:1-8:12>
% CHECK-NEXT:       lhs: Ident x <8:1-8:2>
% CHECK-NEXT:       rhs: Matrix rows=1 <8:5-8:12>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Binary minus <8:6-8:11>
% CHECK-NEXT:             Number 1 value=1 <8:6-8:7>
% CHECK-NEXT:             Number 2 value=2 <8:10-8:11>
% CHECK-NEXT:     Assign <9:1-9:11>
% CHECK-NEXT:       lhs: Ident x <9:1-9:2>
% CHECK-NEXT:       rhs: Matrix rows=1 <9:5-9:11>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Ident a <9:6-9:7>
% CHECK-NEXT:           Unary uminus <9:8-9:10>
% CHECK-NEXT:             Ident b <9:9-9:10>
% CHECK-NEXT:     Assign <10:1-10:12>
% CHECK-NEXT:       lhs: Ident x <10:1-10:2>
% CHECK-NEXT:       rhs: Matrix rows=1 <10:5-10:12>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Binary minus <10:6-10:11>
% CHECK-NEXT:             Ident a <10:6-10:7>
% CHECK-NEXT:             Ident b <10:10-10:11>
% CHECK-NEXT:     Assign <11:1-11:10>
% CHECK-NEXT:       lhs: Ident x <11:1-11:2>
% CHECK-NEXT:       rhs: Matrix rows=1 <11:5-11:10>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Binary minus <11:6-11:9>
% CHECK-NEXT:             Ident a <11:6-11:7>
% CHECK-NEXT:             Ident b <11:8-11:9>
% CHECK-NEXT:     Assign <12:1-12:11>
% CHECK-NEXT:       lhs: Ident x <12:1-12:2>
% CHECK-NEXT:       rhs: Matrix rows=1 <12:5-12:11>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Binary plus <12:6-12:10>
% CHECK-NEXT:             Ident a <12:6-12:7>
% CHECK-NEXT:             Ident b <12:9-12:10>
% CHECK-NEXT:     Assign <13:1-13:11>
% CHECK-NEXT:       lhs: Ident x <13:1-13:2>
% CHECK-NEXT:       rhs: Matrix rows=1 <13:5-13:11>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Number 1 value=1 <13:6-13:7>
% CHECK-NEXT:           Unary uplus <13:8-13:10>
% CHECK-NEXT:             Number 2 value=2 <13:9-13:10>
% CHECK-NEXT:     Assign <14:1-14:12>
% CHECK-NEXT:       lhs: Ident x <14:1-14:2>
% CHECK-NEXT:       rhs: Matrix rows=1 <14:5-14:12>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Unary uminus <14:6-14:8>
% CHECK-NEXT:             Number 1 value=1 <14:7-14:8>
% CHECK-NEXT:           Unary uminus <14:9-14:11>
% CHECK-NEXT:             Number 2 value=2 <14:10-14:11>
% CHECK-NEXT:     Assign <15:1-15:15>
% CHECK-NEXT:       lhs: Ident x <15:1-15:2>
% CHECK-NEXT:       rhs: Matrix rows=1 <15:5-15:15>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Number 1 value=1 <15:6-15:7>
% CHECK-NEXT:           Binary plus <15:8-15:14>
% CHECK-NEXT:             Unary uminus <15:8-15:10>
% CHECK-NEXT:               Number 2 value=2 <15:9-15:10>
% CHECK-NEXT:             Number 3 value=3 <15:13-15:14>
% CHECK-NEXT:     Assign <16:1-16:13>
% CHECK-NEXT:       lhs: Ident x <16:1-16:2>
% CHECK-NEXT:       rhs: Matrix rows=1 <16:5-16:13>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Postfix ctranspose <16:6-16:8>
% CHECK-NEXT:             Ident a <16:6-16:7>
% CHECK-NEXT:           Unary uminus <16:9-16:12>
% CHECK-NEXT:             Postfix ctranspose <16:10-16:12>
% CHECK-NEXT:               Ident b <16:10-16:11>
% CHECK-NEXT:     Assign <17:1-18:3>
% CHECK-NEXT:       lhs: Ident x <17:1-17:2>
% CHECK-NEXT:       rhs: Matrix rows=1 <17:5-18:3>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Binary minus <17:6-18:2>
% CHECK-NEXT:             Number 1 value=1 <17:6-17:7>
% CHECK-NEXT:             Number 2 value=2 <18:1-18:2>
% CHECK-NEXT:     Assign <19:1-19:11>
% CHECK-NEXT:       lhs: Ident x <19:1-19:2>
% CHECK-NEXT:       rhs: Matrix rows=1 <19:5-19:11>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Ident a <19:6-19:7>
% CHECK-NEXT:           Unary not <19:8-19:10>
% CHECK-NEXT:             Ident b <19:9-19:10>
% CHECK-NEXT:     Assign <20:1-20:13>
% CHECK-NEXT:       lhs: Ident x <20:1-20:2>
% CHECK-NEXT:       rhs: Matrix rows=1 <20:5-20:13>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Binary ne <20:6-20:12>
% CHECK-NEXT:             Ident a <20:6-20:7>
% CHECK-NEXT:             Ident b <20:11-20:12>
% CHECK-NEXT:     Assign <21:1-21:11>
% CHECK-NEXT:       lhs: Ident x <21:1-21:2>
% CHECK-NEXT:       rhs: Cell rows=1 <21:5-21:11>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Number 1 value=1 <21:6-21:7>
% CHECK-NEXT:           Unary uminus <21:8-21:10>
% CHECK-NEXT:             Number 2 value=2 <21:9-21:10>
