% RUN: %mcc --emit=ast %s | FileCheck %s
% Transposes and powers share one precedence level and associate to the
% left (MATLAB's operator precedence table; Octave agrees), so `b.^c'` is
% (b.^c)' and `b^c.'` is (b^c).'.
a = b.^c';
a = b^c.';

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}operators-power-transpose.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Assign <5:1-5:10>
% CHECK-NEXT:       lhs: Ident a <5:1-5:2>
% CHECK-NEXT:       rhs: Postfix ctranspose <5:5-5:10>
% CHECK-NEXT:         Binary power <5:5-5:9>
% CHECK-NEXT:           Ident b <5:5-5:6>
% CHECK-NEXT:           Ident c <5:8-5:9>
% CHECK-NEXT:     Assign <6:1-6:10>
% CHECK-NEXT:       lhs: Ident a <6:1-6:2>
% CHECK-NEXT:       rhs: Postfix transpose <6:5-6:10>
% CHECK-NEXT:         Binary mpower <6:5-6:8>
% CHECK-NEXT:           Ident b <6:5-6:6>
% CHECK-NEXT:           Ident c <6:7-6:8>
