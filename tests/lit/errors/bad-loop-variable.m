% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% A 'for' needs a loop variable before its '='.
for = 1:3
  disp(1);
end
for k 1:3
  disp(k);
end

% CHECK-NOT: error:
% CHECK: {{.*}}bad-loop-variable.m:3:5: error: expected a loop variable after 'for'
% CHECK-NEXT: {{^}}for = 1:3
% CHECK-NEXT: {{^}}    ^
% CHECK-NOT: error:
% CHECK: {{.*}}bad-loop-variable.m:6:7: error: expected '=', found number '1'
% CHECK-NOT: error:
