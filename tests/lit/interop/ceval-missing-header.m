% RUN: not %mcc %s -o %t 2>&1 | FileCheck %s
% A header coder.cinclude names that is not there is an error at the include.
coder.cinclude('no_such_header.h');
% CHECK: ceval-missing-header.m:[[@LINE-1]]:1: error: cannot read the C headers of coder.cinclude: {{.*}}no_such_header.h' file not found
coder.ceval('f', 1);
