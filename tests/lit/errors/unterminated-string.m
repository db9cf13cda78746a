% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% A string ("...") must close on its own line too.
x = 1;
msg = "no closing quote
y = 2;

% CHECK-NOT: error:
% CHECK: {{.*}}unterminated-string.m:4:7: error: unterminated string; add a closing quote (")
% CHECK-NEXT: msg = "no closing quote
% CHECK-NEXT: ^~~~~~~~~~~~~~~~~
% CHECK-NOT: error:
