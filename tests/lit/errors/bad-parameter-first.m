% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% function f(1): the first parameter is not a name.
function f(1)
  disp(1);
end

% CHECK-NOT: error:
% CHECK: {{.*}}bad-parameter-first.m:3:12: error: expected a parameter name or '~'
% CHECK-NOT: error:
