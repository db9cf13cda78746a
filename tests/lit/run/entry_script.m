% RUN: %mcc %s -o %t
% RUN: %t --help | FileCheck %s
% RUN: not %t extra 2>&1 | FileCheck %s --check-prefix=ARGS
% A script's --help prints its leading comment block; a script takes no inputs.
disp('ran')
% CHECK: {{^}} A script's --help prints its leading comment block; a script takes no inputs.
% CHECK-NOT: ran
% ARGS: Error: Too many input arguments.
