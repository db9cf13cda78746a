% RUN: not %mcc --emit=ir %s 2>&1 | FileCheck %s
% A comma-separated list target deeper than c{...}, s.f or s(...).f of a
% variable, or a list target from a value that is no call, is a diagnostic.
s.c = cell(1, 2);
[s.c{1:2}] = size(ones(2));
x = {1, 2};
[x{1:2}] = 3 + 4;
% CHECK: {{.*}}list-target-errors.m:5:2: error: a comma-separated list target inside another value (other than c{...}, s.f, s(...).f of a variable) in a multiple assignment is not implemented yet
% CHECK: {{.*}}list-target-errors.m:7:12: error: a multiple assignment to a comma-separated list from this value (call a function) is not implemented yet
% CHECK-NOT: error:
