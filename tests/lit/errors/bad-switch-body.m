% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% Inside a switch, only 'case' and 'otherwise' clauses may stand before the
% 'end'; a 'case' after 'otherwise' and a second 'otherwise' are errors too.
switch x
  y = 1;
  case 1
    y = 2;
  otherwise
    y = 3;
  case 2
    y = 4;
  otherwise
    y = 5;
end

% CHECK-NOT: error:
% CHECK: {{.*}}bad-switch-body.m:5:3: error: expected 'case', 'otherwise' or 'end' in a switch, found identifier 'y'
% CHECK-NEXT: {{^}}  y = 1;
% CHECK-NEXT: {{^}}  ^
% CHECK-NOT: error:
% CHECK: {{.*}}bad-switch-body.m:10:3: error: unexpected 'case' after 'otherwise'
% CHECK-NOT: error:
% CHECK: {{.*}}bad-switch-body.m:12:3: error: unexpected second 'otherwise'
% CHECK-NOT: error:
