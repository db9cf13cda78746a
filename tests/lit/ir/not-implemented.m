% RUN: not %mcc --emit=ir %s 2>&1 | FileCheck %s
% Constructs the compiler core does not lower yet are compile-time
% diagnostics naming them, never a crash or silent wrong code.
spmd
  x = 1;
end
persistent P

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: {{.*}}not-implemented.m:4:1: error: spmd is not implemented yet
% CHECK-NEXT: spmd
% CHECK-NEXT: ^~~~
% CHECK-NEXT: {{.*}}not-implemented.m:7:1: error: a persistent declaration outside a function (MATLAB allows it only in functions) is not implemented yet
% CHECK-NEXT: persistent P
% CHECK-NEXT: ^~~~~~~~~~~~
