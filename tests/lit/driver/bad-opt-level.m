% RUN: not %mcc -O7 %S/Inputs/valid.m 2>&1 | FileCheck %s
% RUN: not %mcc -Ofast %S/Inputs/valid.m 2>&1 | FileCheck --check-prefix=WORD %s
% RUN: %python %S/Inputs/expect-status.py 1 %mcc -O7 %S/Inputs/valid.m
% -O takes 0 to 3; -O7 is out of range and -Ofast is not a number. Exit 1.
% CHECK: mcc: error: invalid optimisation level -O7 (use -O0 to -O3)
% WORD: mcc: error: {{.*}}'fast'{{.*}}
