% RUN: %mcc --emit=ast %s | FileCheck %s
% From loosest: || then && then | then & then the comparisons (all one level,
% left associative), then ':' and arithmetic. So `~b & c | d` is
% ((~b) & c) | d, `b || c && d` is b || (c && d), and `b & c == d` compares
% first. `~=` and Octave's `!=` are both ne.
a = ~b & c | d;
a = b | c & d;
a = b || c && d;
a = b && c || d;
a = b < c == d;
a = b <= c >= d > e;
a = b ~= c;
a = b != c;
a = b & c == d;
a = b + 1 > c * 2;

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}operators-logical.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Assign <6:1-6:15>
% CHECK-NEXT:       lhs: Ident a <6:1-6:2>
% CHECK-NEXT:       rhs: Binary or <6:5-6:15>
% CHECK-NEXT:         Binary and <6:5-6:11>
% CHECK-NEXT:           Unary not <6:5-6:7>
% CHECK-NEXT:             Ident b <6:6-6:7>
% CHECK-NEXT:           Ident c <6:10-6:11>
% CHECK-NEXT:         Ident d <6:14-6:15>
% CHECK-NEXT:     Assign <7:1-7:14>
% CHECK-NEXT:       lhs: Ident a <7:1-7:2>
% CHECK-NEXT:       rhs: Binary or <7:5-7:14>
% CHECK-NEXT:         Ident b <7:5-7:6>
% CHECK-NEXT:         Binary and <7:9-7:14>
% CHECK-NEXT:           Ident c <7:9-7:10>
% CHECK-NEXT:           Ident d <7:13-7:14>
% CHECK-NEXT:     Assign <8:1-8:16>
% CHECK-NEXT:       lhs: Ident a <8:1-8:2>
% CHECK-NEXT:       rhs: Binary oror <8:5-8:16>
% CHECK-NEXT:         Ident b <8:5-8:6>
% CHECK-NEXT:         Binary andand <8:10-8:16>
% CHECK-NEXT:           Ident c <8:10-8:11>
% CHECK-NEXT:           Ident d <8:15-8:16>
% CHECK-NEXT:     Assign <9:1-9:16>
% CHECK-NEXT:       lhs: Ident a <9:1-9:2>
% CHECK-NEXT:       rhs: Binary oror <9:5-9:16>
% CHECK-NEXT:         Binary andand <9:5-9:11>
% CHECK-NEXT:           Ident b <9:5-9:6>
% CHECK-NEXT:           Ident c <9:10-9:11>
% CHECK-NEXT:         Ident d <9:15-9:16>
% CHECK-NEXT:     Assign <10:1-10:15>
% CHECK-NEXT:       lhs: Ident a <10:1-10:2>
% CHECK-NEXT:       rhs: Binary eq <10:5-10:15>
% CHECK-NEXT:         Binary lt <10:5-10:10>
% CHECK-NEXT:           Ident b <10:5-10:6>
% CHECK-NEXT:           Ident c <10:9-10:10>
% CHECK-NEXT:         Ident d <10:14-10:15>
% CHECK-NEXT:     Assign <11:1-11:20>
% CHECK-NEXT:       lhs: Ident a <11:1-11:2>
% CHECK-NEXT:       rhs: Binary gt <11:5-11:20>
% CHECK-NEXT:         Binary ge <11:5-11:16>
% CHECK-NEXT:           Binary le <11:5-11:11>
% CHECK-NEXT:             Ident b <11:5-11:6>
% CHECK-NEXT:             Ident c <11:10-11:11>
% CHECK-NEXT:           Ident d <11:15-11:16>
% CHECK-NEXT:         Ident e <11:19-11:20>
% CHECK-NEXT:     Assign <12:1-12:11>
% CHECK-NEXT:       lhs: Ident a <12:1-12:2>
% CHECK-NEXT:       rhs: Binary ne <12:5-12:11>
% CHECK-NEXT:         Ident b <12:5-12:6>
% CHECK-NEXT:         Ident c <12:10-12:11>
% CHECK-NEXT:     Assign <13:1-13:11>
% CHECK-NEXT:       lhs: Ident a <13:1-13:2>
% CHECK-NEXT:       rhs: Binary ne <13:5-13:11>
% CHECK-NEXT:         Ident b <13:5-13:6>
% CHECK-NEXT:         Ident c <13:10-13:11>
% CHECK-NEXT:     Assign <14:1-14:15>
% CHECK-NEXT:       lhs: Ident a <14:1-14:2>
% CHECK-NEXT:       rhs: Binary and <14:5-14:15>
% CHECK-NEXT:         Ident b <14:5-14:6>
% CHECK-NEXT:         Binary eq <14:9-14:15>
% CHECK-NEXT:           Ident c <14:9-14:10>
% CHECK-NEXT:           Ident d <14:14-14:15>
% CHECK-NEXT:     Assign <15:1-15:18>
% CHECK-NEXT:       lhs: Ident a <15:1-15:2>
% CHECK-NEXT:       rhs: Binary gt <15:5-15:18>
% CHECK-NEXT:         Binary plus <15:5-15:10>
% CHECK-NEXT:           Ident b <15:5-15:6>
% CHECK-NEXT:           Number 1 value=1 <15:9-15:10>
% CHECK-NEXT:         Binary mtimes <15:13-15:18>
% CHECK-NEXT:           Ident c <15:13-15:14>
% CHECK-NEXT:           Number 2 value=2 <15:17-15:18>
