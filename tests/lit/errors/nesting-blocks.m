% RUN: %python -c "print('\n'.join(['if x'] * 300 + ['y = 1;'] + ['end'] * 300))" > %t.m
% RUN: not %mcc -fsyntax-only %t.m 2>&1 | FileCheck %s
% Regression test (fixed 2026-11-22); it failed before, as described here.
% The bug was: 300 nested 'if' blocks: the 201st 'if' (line 201) passes the limit and
% is reported, but its statement is skipped line by line rather than as a
% block, so the 'end's on lines 302..501 close the 200 open blocks and each
% of the remaining 'end's (line 502 on) is reported as "'end' without a
% matching block" until the error limit: 20 errors and a fatal error for one
% mistake.
% CHECK-NOT: error:
% CHECK: {{.*}}.tmp.m:200:4: error: program nesting exceeds the limit of 200 levels
% CHECK-NOT: error:
