% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% The inner 'for' takes the only 'end', so the outer one is reported.
total = 0;
for i = 1:3
  for j = 1:3
    total = total + i*j;
  end

% CHECK-NOT: error:
% CHECK: {{.*}}missing-end-for.m:4:1: error: 'for' is missing its 'end'
% CHECK-NEXT: for i = 1:3
% CHECK-NEXT: ^~~
% CHECK-NOT: error:
