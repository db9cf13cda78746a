% RUN: %mcc --version | FileCheck --match-full-lines %s
% RUN: %mcc --version 2>&1 >/dev/null | count 0
% --version prints exactly one line on stdout and exits 0.
% CHECK:mcc 0.1.0
% CHECK-NOT:{{.}}
