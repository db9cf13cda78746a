% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% A quoted command-syntax word that never closes is an unterminated char
% vector; the error points at the start of the word.
hold on
disp 'hello world
y = 1;

% CHECK-NOT: error:
% CHECK: {{.*}}unterminated-command-word.m:5:6: error: unterminated character vector; add a closing quote (')
% CHECK-NEXT: disp 'hello world
% CHECK-NEXT: ^~~~~~~~~~~~
% CHECK-NOT: error:
