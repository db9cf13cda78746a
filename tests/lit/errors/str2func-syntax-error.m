% RUN: not %mcc --emit=ir %s 2>&1 | FileCheck %s
% str2func of constant text that does not parse: the syntax error at its
% place in the literal, and nothing more. It also said "the expression
% 'Error' is not implemented yet", naming the parser's placeholder node.
f = str2func('@(x) x +');

% CHECK: str2func-syntax-error.m:5:26: error: expected an expression, found end of line
% CHECK-NOT: not implemented
