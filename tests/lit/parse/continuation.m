% RUN: %mcc --emit=ast %s | FileCheck %s
% `...` continues a statement on the next line; the rest of its line is a
% comment (quotes there do not open a char vector). It may stand after an
% operator, after '=', between arguments, or before a binary operator.
% Inside a char literal `...` is just text.
x = 1 + ... add more
    2;
y = f(1, ... first argument
      2);
w = ...
  4;
v = a ...
  - 1;
c = {'a', ... it's a comment
     'b'};
s = 'abc...';

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}continuation.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Assign <6:1-7:6>
% CHECK-NEXT:       lhs: Ident x <6:1-6:2>
% CHECK-NEXT:       rhs: Binary plus <6:5-7:6>
% CHECK-NEXT:         Number 1 value=1 <6:5-6:6>
% CHECK-NEXT:         Number 2 value=2 <7:5-7:6>
% CHECK-NEXT:     Assign <8:1-9:9>
% CHECK-NEXT:       lhs: Ident y <8:1-8:2>
% CHECK-NEXT:       rhs: Index () <8:5-9:9>
% CHECK-NEXT:         base: Ident f <8:5-8:6>
% CHECK-NEXT:         arg: Number 1 value=1 <8:7-8:8>
% CHECK-NEXT:         arg: Number 2 value=2 <9:7-9:8>
% CHECK-NEXT:     Assign <10:1-11:4>
% CHECK-NEXT:       lhs: Ident w <10:1-10:2>
% CHECK-NEXT:       rhs: Number 4 value=4 <11:3-11:4>
% CHECK-NEXT:     Assign <12:1-13:6>
% CHECK-NEXT:       lhs: Ident v <12:1-12:2>
% CHECK-NEXT:       rhs: Binary minus <12:5-13:6>
% CHECK-NEXT:         Ident a <12:5-12:6>
% CHECK-NEXT:         Number 1 value=1 <13:5-13:6>
% CHECK-NEXT:     Assign <14:1-15:10>
% CHECK-NEXT:       lhs: Ident c <14:1-14:2>
% CHECK-NEXT:       rhs: Cell rows=1 <14:5-15:10>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Char 'a' <14:6-14:9>
% CHECK-NEXT:           Char 'b' <15:6-15:9>
% CHECK-NEXT:     Assign <16:1-16:13>
% CHECK-NEXT:       lhs: Ident s <16:1-16:2>
% CHECK-NEXT:       rhs: Char 'abc...' <16:5-16:13>
