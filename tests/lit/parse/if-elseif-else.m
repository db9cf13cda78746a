% RUN: %mcc --emit=ast %s | FileCheck %s
% if / elseif / else, on several lines or on one line separated by ',' or
% ';'. A condition may be followed directly by a statement after a blank
% (`elseif c b = 2`). Statements inside keep their own display flags.
if a
  b = 1;
elseif c
  b = 2;
else
  b = 3;
end
if a, b = 1, elseif c b = 2; else b = 3, end
if a, end
if (a && b) || c
  disp(1)
end

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}if-elseif-else.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     If <5:1-11:4>
% CHECK-NEXT:       cond: Ident a <5:4-5:5>
% CHECK-NEXT:       then:
% CHECK-NEXT:         Assign <6:3-6:8>
% CHECK-NEXT:           lhs: Ident b <6:3-6:4>
% CHECK-NEXT:           rhs: Number 1 value=1 <6:7-6:8>
% CHECK-NEXT:       elseif: Ident c <7:8-7:9>
% CHECK-NEXT:       then:
% CHECK-NEXT:         Assign <8:3-8:8>
% CHECK-NEXT:           lhs: Ident b <8:3-8:4>
% CHECK-NEXT:           rhs: Number 2 value=2 <8:7-8:8>
% CHECK-NEXT:       else:
% CHECK-NEXT:         Assign <10:3-10:8>
% CHECK-NEXT:           lhs: Ident b <10:3-10:4>
% CHECK-NEXT:           rhs: Number 3 value=3 <10:7-10:8>
% CHECK-NEXT:     If <12:1-12:45>
% CHECK-NEXT:       cond: Ident a <12:4-12:5>
% CHECK-NEXT:       then:
% CHECK-NEXT:         Assign display <12:7-12:12>
% CHECK-NEXT:           lhs: Ident b <12:7-12:8>
% CHECK-NEXT:           rhs: Number 1 value=1 <12:11-12:12>
% CHECK-NEXT:       elseif: Ident c <12:21-12:22>
% CHECK-NEXT:       then:
% CHECK-NEXT:         Assign <12:23-12:28>
% CHECK-NEXT:           lhs: Ident b <12:23-12:24>
% CHECK-NEXT:           rhs: Number 2 value=2 <12:27-12:28>
% CHECK-NEXT:       else:
% CHECK-NEXT:         Assign display <12:35-12:40>
% CHECK-NEXT:           lhs: Ident b <12:35-12:36>
% CHECK-NEXT:           rhs: Number 3 value=3 <12:39-12:40>
% CHECK-NEXT:     If <13:1-13:10>
% CHECK-NEXT:       cond: Ident a <13:4-13:5>
% CHECK-NEXT:       then:
% CHECK-NEXT:     If <14:1-16:4>
% CHECK-NEXT:       cond: Binary oror <14:4-14:17>
% CHECK-NEXT:         Paren <14:4-14:12>
% CHECK-NEXT:           Binary andand <14:5-14:11>
% CHECK-NEXT:             Ident a <14:5-14:6>
% CHECK-NEXT:             Ident b <14:10-14:11>
% CHECK-NEXT:         Ident c <14:16-14:17>
% CHECK-NEXT:       then:
% CHECK-NEXT:         Expr display <15:3-15:10>
% CHECK-NEXT:           Index () <15:3-15:10>
% CHECK-NEXT:             base: Ident disp <15:3-15:7>
% CHECK-NEXT:             arg: Number 1 value=1 <15:8-15:9>
