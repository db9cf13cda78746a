% RUN: not %mcc -fsyntax-only %S/Inputs/bad.m 2>&1 | FileCheck %s
% RUN: %python %S/Inputs/expect-status.py 1 %mcc -fsyntax-only %S/Inputs/bad.m
% RUN: not %mcc -fsyntax-only %S/Inputs/bad.m 2>/dev/null | count 0
% A syntax error exits with status 1; diagnostics go to stderr only.
% CHECK: bad.m:1:7: error: expected ')', found ';'
