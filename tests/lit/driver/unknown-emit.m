% RUN: not %mcc --emit=bytecode %S/Inputs/valid.m 2>&1 | FileCheck %s
% RUN: not %mcc --emit bytecode %S/Inputs/valid.m 2>&1 | FileCheck %s
% RUN: %python %S/Inputs/expect-status.py 1 %mcc --emit=bytecode %S/Inputs/valid.m
% --emit takes one of the listed stages; anything else is an error, exit 1.
% CHECK: mcc: error: unknown --emit stage 'bytecode'
% CHECK-NOT: error
