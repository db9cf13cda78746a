% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% A 'try' still open at the end of the file (after its 'catch').
try
  x = risky();
catch err
  disp(err.message);

% CHECK-NOT: error:
% CHECK: {{.*}}missing-end-try.m:3:1: error: 'try' is missing its 'end'
% CHECK-NEXT: try
% CHECK-NEXT: ^~~
% CHECK-NOT: error:
