% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% After '.' comes a field name or '(' (a dynamic field); after '@' a function
% name or '(' (an anonymous function); after '?' a class name.
a = s.name;
b = s.('name');
c = @sin;
d = s.;
e = @3;
f = ?;

% CHECK-NOT: error:
% CHECK: {{.*}}bad-field-or-handle.m:7:7: error: expected a field name or '(' after '.'
% CHECK-NEXT: {{^}}d = s.;
% CHECK-NEXT: {{^}}      ^
% CHECK-NOT: error:
% CHECK: {{.*}}bad-field-or-handle.m:8:6: error: expected a function name or '(' after '@'
% CHECK-NOT: error:
% CHECK: {{.*}}bad-field-or-handle.m:9:6: error: expected a class name after '?'
% CHECK-NOT: error:
