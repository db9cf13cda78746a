% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% A second 'else', or an 'elseif' after the 'else', in the same 'if'. The
% 'if' still ends normally and the next one is checked too.
if a
  x = 1;
else
  x = 2;
else
  x = 3;
end
if b
  y = 1;
else
  y = 2;
elseif c
  y = 3;
end

% CHECK-NOT: error:
% CHECK: {{.*}}else-after-else.m:8:1: error: 'else' after 'else' in the same 'if'
% CHECK-NEXT: {{^}}else
% CHECK-NEXT: {{^}}^~~~
% CHECK-NOT: error:
% CHECK: {{.*}}else-after-else.m:15:1: error: 'elseif' after 'else' in the same 'if'
% CHECK-NEXT: {{^}}elseif c
% CHECK-NEXT: {{^}}^~~~~~
% CHECK-NOT: error:
