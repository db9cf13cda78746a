% RUN: not %mcc %S/nope.m 2>&1 | FileCheck %s
% RUN: cd %S && not %mcc nope.m 2>&1 | FileCheck --check-prefix=REL --match-full-lines %s
% RUN: %python %S/Inputs/expect-status.py 1 %mcc %S/nope.m
% A missing input is reported with the name as given and the system's reason,
% and the exit status is 1 (not a crash, not some other status).
% CHECK: mcc: error: cannot open '{{.*}}nope.m': No such file or directory
% REL:mcc: error: cannot open 'nope.m': No such file or directory
% REL-NOT:{{.}}
