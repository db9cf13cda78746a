% RUN: %python -c "print('y = ' + 'x.(' * 200000 + '1' + ')' * 200000 + ';')" > %t.m
% RUN: not %mcc -fsyntax-only %t.m 2>&1 | FileCheck %s
% Regression test (fixed 2026-11-22); it failed before, as described here.
% The bug was: mcc crashes (SIGSEGV, stack overflow) on deeply nested dynamic field
% names, x.(x.(x.( ... ))). parsePostfix parses the name inside '.(' with a
% plain recursive parseExpr and no Nest guard, unlike '(' groups, indexes and
% brackets. With an 8 MiB stack it crashes at about 20000 levels. Expected:
% "program nesting exceeds the limit of 200 levels" (as for 300 nested
% parentheses), or at least the expression-depth error.
% CHECK-NOT: error:
% CHECK: error: {{program nesting exceeds the limit of 200 levels|expression is too deeply nested}}
