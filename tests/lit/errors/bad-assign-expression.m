% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% An operator expression cannot be assigned to; the whole left side is
% underlined. An indexed variable and a field are fine targets.
a(2) = 1;
s.f = 2;
a + b = 1;
  f(x) * 2 = 3;

% CHECK-NOT: error:
% CHECK: {{.*}}bad-assign-expression.m:6:1: error: invalid target of an assignment; expected a variable, an indexed variable or a field
% CHECK-NEXT: {{^}}a + b = 1;
% CHECK-NEXT: {{^}}^~~~~
% CHECK-NOT: error:
% CHECK: {{.*}}bad-assign-expression.m:7:3: error: invalid target of an assignment; expected a variable, an indexed variable or a field
% CHECK-NEXT: {{^}}  f(x) * 2 = 3;
% CHECK-NEXT: {{^}}  ^~~~~~~~
% CHECK-NOT: error:
