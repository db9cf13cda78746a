% RUN: %python -c "print('a = ' + 'b = ' * 200000 + '1;')" > %t.m
% RUN: not %mcc -fsyntax-only %t.m 2>&1 | FileCheck %s
% Regression test (fixed 2026-11-22); it failed before, as described here.
% The bug was: mcc crashes (SIGSEGV, stack overflow) on a long chain of Octave's
% chained assignments, a = b = b = ... = 1. Parser::parseAssignTail recurses
% once per '=' and nothing bounds the recursion (no Nest guard; the
% expression-depth check runs only after the recursion returns). With an
% 8 MiB stack it crashes at about 130000 '='. Expected: the depth error.
% CHECK-NOT: error:
% CHECK: error: program nesting exceeds the limit of 200 levels
