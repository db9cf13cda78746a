% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% Inside parentheses a newline continues the statement (as in Octave), so a
% ')' missing at the end of a line is found at the first token of the next
% line. The rest of that statement is skipped and parsing goes on after it.
y = max(1, 2
z = 3;
w = 4 +;

% CHECK-NOT: error:
% CHECK: {{.*}}missing-rparen-next-line.m:6:1: error: expected ',' or ')', found identifier 'z'
% CHECK-NEXT: z = 3;
% CHECK-NEXT: ^
% CHECK-NOT: error:
% CHECK: {{.*}}missing-rparen-next-line.m:7:8: error: expected an expression, found ';'
% CHECK-NOT: error:
