% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% 'function' must be followed by a name (after the outputs, if any). The
% error points at what stands there instead.
function r = (a)
  r = a;
end

% CHECK-NOT: error:
% CHECK: {{.*}}missing-function-name.m:4:14: error: expected a function name after 'function'
% CHECK-NEXT: {{^}}function r = (a)
% CHECK-NEXT: {{^}}             ^
% CHECK-NOT: error:
