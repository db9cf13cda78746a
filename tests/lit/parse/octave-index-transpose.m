% RUN: %mcc --emit=ast %s | FileCheck %s
% Octave indexes the result of a transpose directly: x.'(:) and y'(1, :).
% The index applies to the transposed value, and a power after it still
% sees the whole indexed transpose.
a = x.'(:);
b = y'(1, :).^2;

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}octave-index-transpose.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Assign <5:1-5:11>
% CHECK-NEXT:       lhs: Ident a <5:1-5:2>
% CHECK-NEXT:       rhs: Index () <5:5-5:11>
% CHECK-NEXT:         base: Postfix transpose <5:5-5:8>
% CHECK-NEXT:           Ident x <5:5-5:6>
% CHECK-NEXT:         arg: Colon <5:9-5:10>
% CHECK-NEXT:     Assign <6:1-6:16>
% CHECK-NEXT:       lhs: Ident b <6:1-6:2>
% CHECK-NEXT:       rhs: Binary power <6:5-6:16>
% CHECK-NEXT:         Index () <6:5-6:13>
% CHECK-NEXT:           base: Postfix ctranspose <6:5-6:7>
% CHECK-NEXT:             Ident y <6:5-6:6>
% CHECK-NEXT:           arg: Number 1 value=1 <6:8-6:9>
% CHECK-NEXT:           arg: Colon <6:11-6:12>
% CHECK-NEXT:         Number 2 value=2 <6:15-6:16>
