% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% '$' is not part of MATLAB; the lexer reports it and carries on, and the
% statement that holds it produces no second error.
x = 3 $ 4;
y = 5;

% CHECK-NOT: error:
% CHECK: {{.*}}invalid-char-dollar.m:4:7: error: invalid character '$' in program text
% CHECK-NEXT: x = 3 $ 4;
% CHECK-NEXT: ^
% CHECK-NOT: error:
