% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% A hex or binary literal must fit in the width of its suffix (a signed
% suffix takes the bits as two's complement, so 0x80s8 is -128), and any
% such literal must fit in 64 bits.
a = 0xFFu8;
b = 0x80s8;
c = 0xFFFFFFFFFFFFFFFFu64;
d = 0x1FFu8;
e = 0x100s8;
f = 0x1FFFFFFFFFFFFFFFF;

% CHECK-NOT: error:
% CHECK: {{.*}}integer-literal-too-large.m:8:5: error: integer literal '0x1FFu8' does not fit in 8 bits
% CHECK-NEXT: {{^}}d = 0x1FFu8;
% CHECK-NEXT: {{^}}    ^~~~~~~
% CHECK-NOT: error:
% CHECK: {{.*}}integer-literal-too-large.m:9:5: error: integer literal '0x100s8' does not fit in 8 bits
% CHECK-NOT: error:
% CHECK: {{.*}}integer-literal-too-large.m:10:5: error: integer literal '0x1FFFFFFFFFFFFFFFF' does not fit in 64 bits
% CHECK-NOT: error:
