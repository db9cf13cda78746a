% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% Regression test (fixed 2026-11-22); it failed before, as described here.
% The bug was: when the invalid character stands where an operand belongs, the parser
% reports a second error ("expected an expression, found invalid character")
% at the same column. One error per bad character is enough: the lexer's
% message already says what is wrong.
x = $;
y = 1;

% CHECK-NOT: error:
% CHECK: {{.*}}invalid-char-operand.m:7:5: error: invalid character '$' in program text
% CHECK-NEXT: x = $;
% CHECK-NEXT: ^
% CHECK-NOT: error:
