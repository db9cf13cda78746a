% RUN: %python -c "print('x = ' + '(' * 300 + '1' + ')' * 300 + ';')" > %t.m
% RUN: not %mcc -fsyntax-only %t.m 2>&1 | FileCheck %s
% Regression test (fixed 2026-11-22); it failed before, as described here.
% The bug was: 300 nested parentheses are reported once at the paren that passes the
% limit (the statement is level 1, so the 200th '(' at column 204 is level
% 201), but then the parser reads on inside the too-deep group and reports
% "expected ')', found '('" at column 204 and "expected ',' or ')', found
% '('" at every following '(' until the error limit stops it (20 errors and
% a fatal error for one mistake). The too-deep statement should be skipped
% after the one error.
% CHECK-NOT: error:
% CHECK: {{.*}}.tmp.m:1:204: error: program nesting exceeds the limit of 200 levels
% CHECK-NOT: error:
