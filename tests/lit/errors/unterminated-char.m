% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% A char vector must close on its own line; the error points at the opening
% quote and underlines the rest of the line.
x = 1;
s = 'abc;
y = 2;

% CHECK-NOT: error:
% CHECK: {{.*}}unterminated-char.m:5:5: error: unterminated character vector; add a closing quote (')
% CHECK-NEXT: s = 'abc;
% CHECK-NEXT: ^~~~~
% CHECK-NOT: error:
