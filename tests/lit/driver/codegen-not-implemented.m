% RUN: not %mcc %S/Inputs/valid.m 2>&1 | FileCheck %s
% RUN: %python %S/Inputs/expect-status.py 1 %mcc %S/Inputs/valid.m
% RUN: not %mcc --emit=kernels %S/Inputs/valid.m 2>&1 | FileCheck --check-prefix=STAGE %s
% Without --emit (or -fsyntax-only) mcc would generate code, which does not
% exist yet: it says so and exits 1. So do the --emit stages after the typed IR.
% CHECK: mcc: error: code generation is not implemented yet
% STAGE: mcc: error: this --emit stage is not implemented yet
