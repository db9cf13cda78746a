% RUN: %python -c "print('x = ' + '-' * 300 + '1;')" > %t.m
% RUN: not %mcc -fsyntax-only %t.m 2>&1 | FileCheck %s
% Prefix operators count as nesting too; 300 unary minuses are reported
% once, at the one that passes the limit (the statement is level 1, so the
% 200th '-', at column 204, is level 201).
% CHECK-NOT: error:
% CHECK: {{.*}}.tmp.m:1:203: error: program nesting exceeds the limit of 200 levels
% CHECK-NOT: error:
