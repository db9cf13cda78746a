% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% A bare ':' means "all" only as an index; a range needs both ends.
a = v(:);
b = m(:, 2);
c = 1:3;
x = :;
y = 1 + :;

% CHECK-NOT: error:
% CHECK: {{.*}}colon-outside-index.m:6:5: error: a bare ':' is only valid inside an index expression
% CHECK-NEXT: {{^}}x = :;
% CHECK-NEXT: {{^}}    ^
% CHECK-NOT: error:
% CHECK: {{.*}}colon-outside-index.m:7:9: error: a bare ':' is only valid inside an index expression
% CHECK-NOT: error:
