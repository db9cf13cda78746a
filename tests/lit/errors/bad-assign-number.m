% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% A number cannot be assigned to.
x = 1;
3 = x;
y = 2;

% CHECK-NOT: error:
% CHECK: {{.*}}bad-assign-number.m:4:1: error: invalid target of an assignment; expected a variable, an indexed variable or a field
% CHECK-NEXT: {{^}}3 = x;
% CHECK-NEXT: {{^}}^
% CHECK-NOT: error:
