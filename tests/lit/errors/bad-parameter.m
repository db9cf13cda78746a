% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% Parameters are names or '~'; a number is reported where it stands.
function r = scale(x, 2)
  r = x;
end

% CHECK-NOT: error:
% CHECK: {{.*}}bad-parameter.m:3:23: error: expected a parameter name or '~'
% CHECK-NEXT: {{^}}function r = scale(x, 2)
% CHECK-NEXT: {{^}}                      ^
% CHECK-NOT: error:
