% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% A 'while' still open at the end of the file, indented inside nothing.
n = 10;
  while n > 1
    n = n / 2;

% CHECK-NOT: error:
% CHECK: {{.*}}missing-end-while.m:4:3: error: 'while' is missing its 'end'
% CHECK-NEXT: while n > 1
% CHECK-NEXT: ^~~~~
% CHECK-NOT: error:
