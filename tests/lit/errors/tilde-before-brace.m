% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% Regression test (fixed 2026-11-22); it failed before, as described here.
% The bug was: a '~' placeholder just before '}' is read as a logical not with a
% missing operand ("expected an expression, found '}'" at the '}'), while
% the same '~' before ']' or ',' gets the placeholder error. The parser's
% test for a placeholder (parseUnary) accepts ',' and ']' after the '~' but
% not '}'.
x = [1, ~];
c = {2, ~};

% CHECK-NOT: error:
% CHECK: {{.*}}tilde-before-brace.m:8:9: error: '~' placeholder is only valid as an output target or a function parameter
% CHECK-NOT: error:
% CHECK: {{.*}}tilde-before-brace.m:9:9: error: '~' placeholder is only valid as an output target or a function parameter
% CHECK-NOT: error:
