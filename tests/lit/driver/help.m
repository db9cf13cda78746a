% RUN: %mcc --help | FileCheck %s
% RUN: %mcc -h | FileCheck %s
% --help prints the usage line and every user-facing option, and exits 0.
% CHECK: usage: mcc [options] main.m [more.m ...]
% CHECK: Options:
% CHECK-DAG: -o [ --output ] FILE
% CHECK-DAG: -I [ --include ] DIR
% CHECK-DAG: -O [ --opt ] N
% CHECK-DAG: --emit STAGE
% CHECK-DAG: --version
% CHECK-DAG: -f [ --flag ] FLAG
