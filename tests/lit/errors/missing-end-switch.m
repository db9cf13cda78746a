% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% A 'switch' still open at the end of the file.
switch lower(mode)
  case 'a'
    r = 1;
  case {'b', 'c'}
    r = 2;
  otherwise
    r = 0;

% CHECK-NOT: error:
% CHECK: {{.*}}missing-end-switch.m:3:1: error: 'switch' is missing its 'end'
% CHECK-NEXT: switch lower(mode)
% CHECK-NEXT: ^~~~~~
% CHECK-NOT: error:
