% RUN: %mcc --emit=ast %s | FileCheck %s
% Unary + - ~ (and Octave's !) bind looser than powers and transposes but
% tighter than products: -b.^c is -(b.^c), ~b' is ~(b'), -b*c is (-b)*c.
% After a power operator the exponent may carry its own signs (b.^-c,
% b^~c); `2^-2^2` is (2^-2)^2 as in MATLAB. Signs stack: b - -c, ~~b.
a = -b.^c;
a = ~b';
a = -b * c;
a = -b.^-c;
a = b^~c;
a = 2^-2^2;
a = b - -c;
a = ~~b;
a = !b;
a = +b;
a = -(b + c);

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}operators-unary.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Assign <6:1-6:10>
% CHECK-NEXT:       lhs: Ident a <6:1-6:2>
% CHECK-NEXT:       rhs: Unary uminus <6:5-6:10>
% CHECK-NEXT:         Binary power <6:6-6:10>
% CHECK-NEXT:           Ident b <6:6-6:7>
% CHECK-NEXT:           Ident c <6:9-6:10>
% CHECK-NEXT:     Assign <7:1-7:8>
% CHECK-NEXT:       lhs: Ident a <7:1-7:2>
% CHECK-NEXT:       rhs: Unary not <7:5-7:8>
% CHECK-NEXT:         Postfix ctranspose <7:6-7:8>
% CHECK-NEXT:           Ident b <7:6-7:7>
% CHECK-NEXT:     Assign <8:1-8:11>
% CHECK-NEXT:       lhs: Ident a <8:1-8:2>
% CHECK-NEXT:       rhs: Binary mtimes <8:5-8:11>
% CHECK-NEXT:         Unary uminus <8:5-8:7>
% CHECK-NEXT:           Ident b <8:6-8:7>
% CHECK-NEXT:         Ident c <8:10-8:11>
% CHECK-NEXT:     Assign <9:1-9:11>
% CHECK-NEXT:       lhs: Ident a <9:1-9:2>
% CHECK-NEXT:       rhs: Unary uminus <9:5-9:11>
% CHECK-NEXT:         Binary power <9:6-9:11>
% CHECK-NEXT:           Ident b <9:6-9:7>
% CHECK-NEXT:           Unary uminus <9:9-9:11>
% CHECK-NEXT:             Ident c <9:10-9:11>
% CHECK-NEXT:     Assign <10:1-10:9>
% CHECK-NEXT:       lhs: Ident a <10:1-10:2>
% CHECK-NEXT:       rhs: Binary mpower <10:5-10:9>
% CHECK-NEXT:         Ident b <10:5-10:6>
% CHECK-NEXT:         Unary not <10:7-10:9>
% CHECK-NEXT:           Ident c <10:8-10:9>
% CHECK-NEXT:     Assign <11:1-11:11>
% CHECK-NEXT:       lhs: Ident a <11:1-11:2>
% CHECK-NEXT:       rhs: Binary mpower <11:5-11:11>
% CHECK-NEXT:         Binary mpower <11:5-11:9>
% CHECK-NEXT:           Number 2 value=2 <11:5-11:6>
% CHECK-NEXT:           Unary uminus <11:7-11:9>
% CHECK-NEXT:             Number 2 value=2 <11:8-11:9>
% CHECK-NEXT:         Number 2 value=2 <11:10-11:11>
% CHECK-NEXT:     Assign <12:1-12:11>
% CHECK-NEXT:       lhs: Ident a <12:1-12:2>
% CHECK-NEXT:       rhs: Binary minus <12:5-12:11>
% CHECK-NEXT:         Ident b <12:5-12:6>
% CHECK-NEXT:         Unary uminus <12:9-12:11>
% CHECK-NEXT:           Ident c <12:10-12:11>
% CHECK-NEXT:     Assign <13:1-13:8>
% CHECK-NEXT:       lhs: Ident a <13:1-13:2>
% CHECK-NEXT:       rhs: Unary not <13:5-13:8>
% CHECK-NEXT:         Unary not <13:6-13:8>
% CHECK-NEXT:           Ident b <13:7-13:8>
% CHECK-NEXT:     Assign <14:1-14:7>
% CHECK-NEXT:       lhs: Ident a <14:1-14:2>
% CHECK-NEXT:       rhs: Unary not <14:5-14:7>
% CHECK-NEXT:         Ident b <14:6-14:7>
% CHECK-NEXT:     Assign <15:1-15:7>
% CHECK-NEXT:       lhs: Ident a <15:1-15:2>
% CHECK-NEXT:       rhs: Unary uplus <15:5-15:7>
% CHECK-NEXT:         Ident b <15:6-15:7>
% CHECK-NEXT:     Assign <16:1-16:13>
% CHECK-NEXT:       lhs: Ident a <16:1-16:2>
% CHECK-NEXT:       rhs: Unary uminus <16:5-16:13>
% CHECK-NEXT:         Paren <16:6-16:13>
% CHECK-NEXT:           Binary plus <16:7-16:12>
% CHECK-NEXT:             Ident b <16:7-16:8>
% CHECK-NEXT:             Ident c <16:11-16:12>
