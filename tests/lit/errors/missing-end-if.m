% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% An 'if' still open at the end of the file; the error points at the 'if'.
x = 1;
if x > 0
  y = 2;
else
  y = 3;

% CHECK-NOT: error:
% CHECK: {{.*}}missing-end-if.m:4:1: error: 'if' is missing its 'end'
% CHECK-NEXT: if x > 0
% CHECK-NEXT: ^~
% CHECK-NOT: error:
