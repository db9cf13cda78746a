% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% A parenthesised group closed by the wrong bracket.
x = (1 + 2];
y = 3;

% CHECK-NOT: error:
% CHECK: {{.*}}missing-rparen-group.m:3:11: error: expected ')', found ']'
% CHECK-NEXT: x = (1 + 2];
% CHECK-NEXT: ^
% CHECK-NOT: error:
