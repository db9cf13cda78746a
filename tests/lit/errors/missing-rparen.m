% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% A call whose ')' is missing: the error is at the token found instead.
x = 1;
y = max(x, 2;
z = 3;

% CHECK-NOT: error:
% CHECK: {{.*}}missing-rparen.m:4:13: error: expected ',' or ')', found ';'
% CHECK-NEXT: y = max(x, 2;
% CHECK-NEXT: ^
% CHECK-NOT: error:
