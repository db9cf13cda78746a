% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% The targets of a multiple assignment form one row; each must be a valid
% target (or '~').
[a, ~] = size(m);
[a; b] = size(m);
[p, 3] = size(m);

% CHECK-NOT: error:
% CHECK: {{.*}}bad-multi-assign.m:5:1: error: a multiple assignment needs one row of targets, like [a, b] = f(x)
% CHECK-NEXT: {{^}}[a; b] = size(m);
% CHECK-NEXT: {{^}}^~~~~~
% CHECK-NOT: error:
% CHECK: {{.*}}bad-multi-assign.m:6:5: error: invalid target of an assignment; expected a variable, an indexed variable or a field
% CHECK-NOT: error:
