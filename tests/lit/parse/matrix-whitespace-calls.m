% RUN: %mcc --emit=ast %s | FileCheck %s
% Inside [] and {}, a '(' or '{' after a blank starts a new element: [f (1)]
% is f and (1), while [f(1)] is one call. Outside brackets blanks do not
% matter: `a = f (1)` is a call.
x = [f (1)];
x = [f(1)];
x = [f(1) (2)];
x = [a (1:3)'];
x = {c {1}};
x = [c{1} b];
x = [x.y z];
x = [a(1) .5];
x = f (1);

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}matrix-whitespace-calls.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Assign <5:1-5:12>
% CHECK-NEXT:       lhs: Ident x <5:1-5:2>
% CHECK-NEXT:       rhs: Matrix rows=1 <5:5-5:12>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Ident f <5:6-5:7>
% CHECK-NEXT:           Paren <5:8-5:11>
% CHECK-NEXT:             Number 1 value=1 <5:9-5:10>
% CHECK-NEXT:     Assign <6:1-6:11>
% CHECK-NEXT:       lhs: Ident x <6:1-6:2>
% CHECK-NEXT:       rhs: Matrix rows=1 <6:5-6:11>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Index () <6:6-6:10>
% CHECK-NEXT:             base: Ident f <6:6-6:7>
% CHECK-NEXT:             arg: Number 1 value=1 <6:8-6:9>
% CHECK-NEXT:     Assign <7:1-7:15>
% CHECK-NEXT:       lhs: Ident x <7:1-7:2>
% CHECK-NEXT:       rhs: Matrix rows=1 <7:5-7:15>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Index () <7:6-7:10>
% CHECK-NEXT:             base: Ident f <7:6-7:7>
% CHECK-NEXT:             arg: Number 1 value=1 <7:8-7:9>
% CHECK-NEXT:           Paren <7:11-7:14>
% CHECK-NEXT:             Number 2 value=2 <7:12-7:13>
% CHECK-NEXT:     Assign <8:1-8:15>
% CHECK-NEXT:       lhs: Ident x <8:1-8:2>
% CHECK-NEXT:       rhs: Matrix rows=1 <8:5-8:15>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Ident a <8:6-8:7>
% CHECK-NEXT:           Postfix ctranspose <8:8-8:14>
% CHECK-NEXT:             Paren <8:8-8:13>
% CHECK-NEXT:               Range <8:9-8:12>
% CHECK-NEXT:                 first: Number 1 value=1 <8:9-8:10>
% CHECK-NEXT:                 last: Number 3 value=3 <8:11-8:12>
% CHECK-NEXT:     Assign <9:1-9:12>
% CHECK-NEXT:       lhs: Ident x <9:1-9:2>
% CHECK-NEXT:       rhs: Cell rows=1 <9:5-9:12>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Ident c <9:6-9:7>
% CHECK-NEXT:           Cell rows=1 <9:8-9:11>
% CHECK-NEXT:             row:
% CHECK-NEXT:               Number 1 value=1 <9:9-9:10>
% CHECK-NEXT:     Assign <10:1-10:13>
% CHECK-NEXT:       lhs: Ident x <10:1-10:2>
% CHECK-NEXT:       rhs: Matrix rows=1 <10:5-10:13>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Index {} <10:6-10:10>
% CHECK-NEXT:             base: Ident c <10:6-10:7>
% CHECK-NEXT:             arg: Number 1 value=1 <10:8-10:9>
% CHECK-NEXT:           Ident b <10:11-10:12>
% CHECK-NEXT:     Assign <11:1-11:12>
% CHECK-NEXT:       lhs: Ident x <11:1-11:2>
% CHECK-NEXT:       rhs: Matrix rows=1 <11:5-11:12>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Field y <11:6-11:9>
% CHECK-NEXT:             base: Ident x <11:6-11:7>
% CHECK-NEXT:           Ident z <11:10-11:11>
% CHECK-NEXT:     Assign <12:1-12:14>
% CHECK-NEXT:       lhs: Ident x <12:1-12:2>
% CHECK-NEXT:       rhs: Matrix rows=1 <12:5-12:14>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Index () <12:6-12:10>
% CHECK-NEXT:             base: Ident a <12:6-12:7>
% CHECK-NEXT:             arg: Number 1 value=1 <12:8-12:9>
% CHECK-NEXT:           Number .5 value=0.5 <12:11-12:13>
% CHECK-NEXT:     Assign <13:1-13:10>
% CHECK-NEXT:       lhs: Ident x <13:1-13:2>
% CHECK-NEXT:       rhs: Index () <13:5-13:10>
% CHECK-NEXT:         base: Ident f <13:5-13:6>
% CHECK-NEXT:         arg: Number 1 value=1 <13:8-13:9>
