% RUN: not %mcc --emit=ir %s 2>&1 | FileCheck %s
% exist(name, 'var') with a name known only at run time: mcc answers it for
% constant names only.
n = 'b';
z = exist(n, 'var');
% CHECK: {{.*}}exist-var-errors.m:5:5: error: exist(name, 'var') of a name known only at run time (mcc answers it for a constant name: exist('x', 'var')) is not implemented yet
% CHECK-NOT: error:
