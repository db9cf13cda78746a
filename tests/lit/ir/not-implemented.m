% RUN: not %mcc --emit=ir %s 2>&1 | FileCheck %s
% Constructs the compiler core does not lower yet are compile-time
% diagnostics naming them, never a crash or silent wrong code.
try
  x = 1;
catch
end
global G

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: {{.*}}not-implemented.m:4:1: error: try/catch is not implemented yet
% CHECK-NEXT: try
% CHECK-NEXT: ^~~
% CHECK-NEXT: {{.*}}not-implemented.m:8:1: error: global variables is not implemented yet
% CHECK-NEXT: global G
% CHECK-NEXT: ^~~~~~~~
