% RUN: not %mcc 2>&1 | FileCheck %s
% RUN: not %mcc -fsyntax-only -O2 2>&1 | FileCheck %s
% RUN: %python %S/Inputs/expect-status.py 1 %mcc
% With no input file mcc says so and prints the usage line; exit 1.
% CHECK: mcc: error: no input files
% CHECK-NEXT: usage: mcc [options] main.m [more.m ...]
