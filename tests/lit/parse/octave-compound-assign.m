% RUN: %mcc --emit=ast %s | FileCheck %s
% Octave's compound assignments x op= v as statements (OpAssign), on names,
% indexed names and fields; each keeps its display flag.
x += 1;
x -= 2
x *= 3;
x /= 4;
x ^= 2;
s.f += 1;
x(2) -= 1;

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}octave-compound-assign.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     OpAssign plus <4:1-4:7>
% CHECK-NEXT:       lhs: Ident x <4:1-4:2>
% CHECK-NEXT:       rhs: Number 1 value=1 <4:6-4:7>
% CHECK-NEXT:     OpAssign minus display <5:1-5:7>
% CHECK-NEXT:       lhs: Ident x <5:1-5:2>
% CHECK-NEXT:       rhs: Number 2 value=2 <5:6-5:7>
% CHECK-NEXT:     OpAssign mtimes <6:1-6:7>
% CHECK-NEXT:       lhs: Ident x <6:1-6:2>
% CHECK-NEXT:       rhs: Number 3 value=3 <6:6-6:7>
% CHECK-NEXT:     OpAssign mrdivide <7:1-7:7>
% CHECK-NEXT:       lhs: Ident x <7:1-7:2>
% CHECK-NEXT:       rhs: Number 4 value=4 <7:6-7:7>
% CHECK-NEXT:     OpAssign mpower <8:1-8:7>
% CHECK-NEXT:       lhs: Ident x <8:1-8:2>
% CHECK-NEXT:       rhs: Number 2 value=2 <8:6-8:7>
% CHECK-NEXT:     OpAssign plus <9:1-9:9>
% CHECK-NEXT:       lhs: Field f <9:1-9:4>
% CHECK-NEXT:         base: Ident s <9:1-9:2>
% CHECK-NEXT:       rhs: Number 1 value=1 <9:8-9:9>
% CHECK-NEXT:     OpAssign minus <10:1-10:10>
% CHECK-NEXT:       lhs: Index () <10:1-10:5>
% CHECK-NEXT:         base: Ident x <10:1-10:2>
% CHECK-NEXT:         arg: Number 2 value=2 <10:3-10:4>
% CHECK-NEXT:       rhs: Number 1 value=1 <10:9-10:10>
