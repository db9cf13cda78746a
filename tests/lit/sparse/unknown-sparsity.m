% RUN: not %mcc --emit=typed %s 2>&1 | FileCheck %s
% A value that is sparse on one path and full on another has an unknown
% sparsity: operations that exist for both kinds work on it, others are
% errors (never a dense kernel on sparse storage).
n = 3;
if n > 2
  A = speye(n);
else
  A = eye(n);
end
y = A * ones(n, 1);
z = exp(A);
% CHECK: {{.*}}unknown-sparsity.m:[[@LINE-1]]:5: error: 'exp' of a sparse matrix is not implemented yet
% CHECK-NOT: error:
