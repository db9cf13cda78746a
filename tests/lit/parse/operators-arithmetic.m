% RUN: %mcc --emit=ast %s | FileCheck %s
% Every arithmetic operator maps to the MATLAB function it calls. Products
% and quotients (* / \ .* ./ .\) bind tighter than + and -; both levels, and
% the powers, associate to the left.
a = b + c * d;
a = b - c - d;
a = b * c / d \ e;
a = b .* c ./ d .\ e;
a = b.^c.^d;
a = b ^ c;

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}operators-arithmetic.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Assign <5:1-5:14>
% CHECK-NEXT:       lhs: Ident a <5:1-5:2>
% CHECK-NEXT:       rhs: Binary plus <5:5-5:14>
% CHECK-NEXT:         Ident b <5:5-5:6>
% CHECK-NEXT:         Binary mtimes <5:9-5:14>
% CHECK-NEXT:           Ident c <5:9-5:10>
% CHECK-NEXT:           Ident d <5:13-5:14>
% CHECK-NEXT:     Assign <6:1-6:14>
% CHECK-NEXT:       lhs: Ident a <6:1-6:2>
% CHECK-NEXT:       rhs: Binary minus <6:5-6:14>
% CHECK-NEXT:         Binary minus <6:5-6:10>
% CHECK-NEXT:           Ident b <6:5-6:6>
% CHECK-NEXT:           Ident c <6:9-6:10>
% CHECK-NEXT:         Ident d <6:13-6:14>
% CHECK-NEXT:     Assign <7:1-7:18>
% CHECK-NEXT:       lhs: Ident a <7:1-7:2>
% CHECK-NEXT:       rhs: Binary mldivide <7:5-7:18>
% CHECK-NEXT:         Binary mrdivide <7:5-7:14>
% CHECK-NEXT:           Binary mtimes <7:5-7:10>
% CHECK-NEXT:             Ident b <7:5-7:6>
% CHECK-NEXT:             Ident c <7:9-7:10>
% CHECK-NEXT:           Ident d <7:13-7:14>
% CHECK-NEXT:         Ident e <7:17-7:18>
% CHECK-NEXT:     Assign <8:1-8:21>
% CHECK-NEXT:       lhs: Ident a <8:1-8:2>
% CHECK-NEXT:       rhs: Binary ldivide <8:5-8:21>
% CHECK-NEXT:         Binary rdivide <8:5-8:16>
% CHECK-NEXT:           Binary times <8:5-8:11>
% CHECK-NEXT:             Ident b <8:5-8:6>
% CHECK-NEXT:             Ident c <8:10-8:11>
% CHECK-NEXT:           Ident d <8:15-8:16>
% CHECK-NEXT:         Ident e <8:20-8:21>
% CHECK-NEXT:     Assign <9:1-9:12>
% CHECK-NEXT:       lhs: Ident a <9:1-9:2>
% CHECK-NEXT:       rhs: Binary power <9:5-9:12>
% CHECK-NEXT:         Binary power <9:5-9:9>
% CHECK-NEXT:           Ident b <9:5-9:6>
% CHECK-NEXT:           Ident c <9:8-9:9>
% CHECK-NEXT:         Ident d <9:11-9:12>
% CHECK-NEXT:     Assign <10:1-10:10>
% CHECK-NEXT:       lhs: Ident a <10:1-10:2>
% CHECK-NEXT:       rhs: Binary mpower <10:5-10:10>
% CHECK-NEXT:         Ident b <10:5-10:6>
% CHECK-NEXT:         Ident c <10:9-10:10>
