% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% After an error the parser skips to the end of the statement and goes on:
% every bad statement below is reported, in order, and the good ones between
% them produce nothing.
a = 1 +;
ok1 = 1;
b = (2;
ok2 = [1 2];
c = 3 * * 4;
ok3 = {1};
3 = e;
f = g(1,, 2);
x = 1; y = 2 +; z = 3;

% CHECK-NOT: error:
% CHECK: {{.*}}recovery-statements.m:5:8: error: expected an expression, found ';'
% CHECK-NOT: error:
% CHECK: {{.*}}recovery-statements.m:7:7: error: expected ')', found ';'
% CHECK-NOT: error:
% CHECK: {{.*}}recovery-statements.m:9:9: error: expected an expression, found '*'
% CHECK-NOT: error:
% CHECK: {{.*}}recovery-statements.m:11:1: error: invalid target of an assignment; expected a variable, an indexed variable or a field
% CHECK-NOT: error:
% CHECK: {{.*}}recovery-statements.m:12:9: error: expected an expression, found ','
% CHECK-NOT: error:
% CHECK: {{.*}}recovery-statements.m:13:15: error: expected an expression, found ';'
% CHECK-NOT: error:
