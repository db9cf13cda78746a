% RUN: %mcc -fsyntax-only %S/Inputs/valid.m 2>&1 | count 0
% RUN: %mcc -fsyntax-only %s 2>&1 | count 0
% RUN: %python %S/Inputs/expect-status.py 0 %mcc -fsyntax-only %S/Inputs/valid.m
% -fsyntax-only on a valid file prints nothing and exits 0. (This test file
% is itself a valid script: comments only.)
