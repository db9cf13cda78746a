% RUN: %mcc --emit=ast %s | FileCheck %s
% Postfix chains: calls/indexing with (), cell indexing with {}, fields s.f,
% dynamic fields s.(expr), in any order. Keywords after '.' are field names
% (s.end). Indexed expressions and fields are valid assignment targets.
a = f(1, 'x');
a = f();
a = c{2};
a = s.f;
a = s.(name);
a = s.(['a' 'b'])(2);
a = s.f.g(3).h;
a = c{1}{2};
a = s.end;
c{3} = 4;
s.f(2).g = 5;

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}indexing-fields.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Assign <5:1-5:14>
% CHECK-NEXT:       lhs: Ident a <5:1-5:2>
% CHECK-NEXT:       rhs: Index () <5:5-5:14>
% CHECK-NEXT:         base: Ident f <5:5-5:6>
% CHECK-NEXT:         arg: Number 1 value=1 <5:7-5:8>
% CHECK-NEXT:         arg: Char 'x' <5:10-5:13>
% CHECK-NEXT:     Assign <6:1-6:8>
% CHECK-NEXT:       lhs: Ident a <6:1-6:2>
% CHECK-NEXT:       rhs: Index () <6:5-6:8>
% CHECK-NEXT:         base: Ident f <6:5-6:6>
% CHECK-NEXT:     Assign <7:1-7:9>
% CHECK-NEXT:       lhs: Ident a <7:1-7:2>
% CHECK-NEXT:       rhs: Index {} <7:5-7:9>
% CHECK-NEXT:         base: Ident c <7:5-7:6>
% CHECK-NEXT:         arg: Number 2 value=2 <7:7-7:8>
% CHECK-NEXT:     Assign <8:1-8:8>
% CHECK-NEXT:       lhs: Ident a <8:1-8:2>
% CHECK-NEXT:       rhs: Field f <8:5-8:8>
% CHECK-NEXT:         base: Ident s <8:5-8:6>
% CHECK-NEXT:     Assign <9:1-9:13>
% CHECK-NEXT:       lhs: Ident a <9:1-9:2>
% CHECK-NEXT:       rhs: DynField <9:5-9:13>
% CHECK-NEXT:         base: Ident s <9:5-9:6>
% CHECK-NEXT:         name: Ident name <9:8-9:12>
% CHECK-NEXT:     Assign <10:1-10:21>
% CHECK-NEXT:       lhs: Ident a <10:1-10:2>
% CHECK-NEXT:       rhs: Index () <10:5-10:21>
% CHECK-NEXT:         base: DynField <10:5-10:18>
% CHECK-NEXT:           base: Ident s <10:5-10:6>
% CHECK-NEXT:           name: Matrix rows=1 <10:8-10:17>
% CHECK-NEXT:             row:
% CHECK-NEXT:               Char 'a' <10:9-10:12>
% CHECK-NEXT:               Char 'b' <10:13-10:16>
% CHECK-NEXT:         arg: Number 2 value=2 <10:19-10:20>
% CHECK-NEXT:     Assign <11:1-11:15>
% CHECK-NEXT:       lhs: Ident a <11:1-11:2>
% CHECK-NEXT:       rhs: Field h <11:5-11:15>
% CHECK-NEXT:         base: Index () <11:5-11:13>
% CHECK-NEXT:           base: Field g <11:5-11:10>
% CHECK-NEXT:             base: Field f <11:5-11:8>
% CHECK-NEXT:               base: Ident s <11:5-11:6>
% CHECK-NEXT:           arg: Number 3 value=3 <11:11-11:12>
% CHECK-NEXT:     Assign <12:1-12:12>
% CHECK-NEXT:       lhs: Ident a <12:1-12:2>
% CHECK-NEXT:       rhs: Index {} <12:5-12:12>
% CHECK-NEXT:         base: Index {} <12:5-12:9>
% CHECK-NEXT:           base: Ident c <12:5-12:6>
% CHECK-NEXT:           arg: Number 1 value=1 <12:7-12:8>
% CHECK-NEXT:         arg: Number 2 value=2 <12:10-12:11>
% CHECK-NEXT:     Assign <13:1-13:10>
% CHECK-NEXT:       lhs: Ident a <13:1-13:2>
% CHECK-NEXT:       rhs: Field end <13:5-13:10>
% CHECK-NEXT:         base: Ident s <13:5-13:6>
% CHECK-NEXT:     Assign <14:1-14:9>
% CHECK-NEXT:       lhs: Index {} <14:1-14:5>
% CHECK-NEXT:         base: Ident c <14:1-14:2>
% CHECK-NEXT:         arg: Number 3 value=3 <14:3-14:4>
% CHECK-NEXT:       rhs: Number 4 value=4 <14:8-14:9>
% CHECK-NEXT:     Assign <15:1-15:13>
% CHECK-NEXT:       lhs: Field g <15:1-15:9>
% CHECK-NEXT:         base: Index () <15:1-15:7>
% CHECK-NEXT:           base: Field f <15:1-15:4>
% CHECK-NEXT:             base: Ident s <15:1-15:2>
% CHECK-NEXT:           arg: Number 2 value=2 <15:5-15:6>
% CHECK-NEXT:       rhs: Number 5 value=5 <15:12-15:13>
