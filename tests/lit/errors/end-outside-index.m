% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% 'end' is a value only inside an index, where it means the last index.
% Inside parentheses that are not an index it is an error.
last = v(end);
prev = v(end - 1, :);
x = (end) + 1;
y = 2 * (1 + end);

% CHECK-NOT: error:
% CHECK: {{.*}}end-outside-index.m:6:6: error: 'end' used as a value outside of an index expression
% CHECK-NEXT: {{^}}x = (end) + 1;
% CHECK-NEXT: {{^}}     ^~~
% CHECK-NOT: error:
% CHECK: {{.*}}end-outside-index.m:7:14: error: 'end' used as a value outside of an index expression
% CHECK-NOT: error:
