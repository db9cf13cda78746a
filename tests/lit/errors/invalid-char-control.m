% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% Control bytes and bytes that are not UTF-8 are shown as \xNN escapes.
a = 1;
b = 2  3;
c = 4 ÿ 5;
d = 6  7;

% CHECK-NOT: error:
% CHECK: {{.*}}invalid-char-control.m:4:7: error: invalid character '\x01' in program text
% CHECK-NOT: error:
% CHECK: {{.*}}invalid-char-control.m:5:7: error: invalid character '\xFF' in program text
% CHECK-NOT: error:
% CHECK: {{.*}}invalid-char-control.m:6:7: error: invalid character '\x7F' in program text
% CHECK-NOT: error:
