% RUN: %mcc --emit=ast %s | FileCheck %s
% 64-bit hex literals keep their exact value (printed from the literal's
% bits, not from a double).
a = 0xFFFFFFFFFFFFFFFF;
b = 0x20000000000001;
c = 0x7FFFFFFFFFFFFFFFs64;

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}numbers-large-integers.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Assign <4:1-4:23>
% CHECK-NEXT:       lhs: Ident a <4:1-4:2>
% CHECK-NEXT:       rhs: Number 0xFFFFFFFFFFFFFFFF uint64=18446744073709551615 <4:5-4:23>
% CHECK-NEXT:     Assign <5:1-5:21>
% CHECK-NEXT:       lhs: Ident b <5:1-5:2>
% CHECK-NEXT:       rhs: Number 0x20000000000001 uint64=9007199254740993 <5:5-5:21>
% CHECK-NEXT:     Assign <6:1-6:26>
% CHECK-NEXT:       lhs: Ident c <6:1-6:2>
% CHECK-NEXT:       rhs: Number 0x7FFFFFFFFFFFFFFFs64 int64=9223372036854775807 <6:5-6:26>
