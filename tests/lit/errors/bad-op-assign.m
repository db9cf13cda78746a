% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% Octave's compound assignments need one variable as target; the error points
% at the operator.
x = 1;
x += 2;
3 += 1;
[a, b] -= 1;

% CHECK-NOT: error:
% CHECK: {{.*}}bad-op-assign.m:6:3: error: '+=' needs a single target
% CHECK-NEXT: {{^}}3 += 1;
% CHECK-NEXT: {{^}}  ^~
% CHECK-NOT: error:
% CHECK: {{.*}}bad-op-assign.m:7:8: error: '-=' needs a single target
% CHECK-NOT: error:
