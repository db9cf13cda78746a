% RUN: %mcc --cpu=native %s -o %t && %t | FileCheck %s --check-prefix=OUT
% RUN: %mcc --emit=llvm %s | FileCheck %s --check-prefix=PORTABLE
% RUN: not %mcc --cpu=no-such-cpu %s -o %t 2>&1 | FileCheck %s --check-prefix=BAD
% --cpu picks the target CPU: the default is the portable x86-64-v2, 'native'
% is this machine, and a name LLVM does not know is an error (not a warning).
fprintf('%d\n', 6 * 7);
% OUT: 42
% PORTABLE: "target-cpu"="x86-64-v2"
% BAD: mcc: error: code generation for the CPU 'no-such-cpu' (unknown to LLVM for {{.*}}) is not implemented yet
% BAD-NOT: not a recognized processor
