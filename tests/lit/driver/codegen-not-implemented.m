% RUN: rm -rf %t.dir && mkdir -p %t.dir && cd %t.dir && %mcc %S/Inputs/valid.m && test -x %t.dir/valid
% RUN: not %mcc --emit=glsl %S/Inputs/valid.m 2>&1 | FileCheck --check-prefix=STAGE %s
% RUN: %python %S/Inputs/expect-status.py 1 %mcc --emit=spirv %S/Inputs/valid.m
% Without -o the executable is named after the main file, in the current
% folder. The --emit stages not built yet (glsl, spirv) say so and
% exit 1.
% STAGE: mcc: error: this --emit stage is not implemented yet
