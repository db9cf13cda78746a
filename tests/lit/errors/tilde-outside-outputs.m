% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% '~' as a placeholder is valid among the outputs of an assignment and as a
% parameter; elsewhere in brackets it is an error. Logical not is fine.
[~, idx] = max(v);
g = @(~, y) y;
ok = ~isempty(v);
x = [~, 1];
c = {~, 2};

% CHECK-NOT: error:
% CHECK: {{.*}}tilde-outside-outputs.m:7:6: error: '~' placeholder is only valid as an output target or a function parameter
% CHECK-NEXT: {{^}}x = [~, 1];
% CHECK-NEXT: {{^}}     ^
% CHECK-NOT: error:
% CHECK: {{.*}}tilde-outside-outputs.m:8:6: error: '~' placeholder is only valid as an output target or a function parameter
% CHECK-NOT: error:
