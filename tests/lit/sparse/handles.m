% RUN: not %mcc --emit=typed %s 2>&1 | FileCheck %s
% A call through a handle is boxed: a sparse value must not leave typed code.
h = @speye;
% CHECK: {{.*}}handles.m:[[@LINE-1]]:5: error: a function handle to 'speye' (a sparse matrix through a handle) is not implemented yet
g = @(n) speye(n);
% CHECK: {{.*}}handles.m:[[@LINE-1]]:5: error: a function handle to a function that returns a sparse matrix is not implemented yet
c = {3};
S = sparse(c{:});
% CHECK: {{.*}}handles.m:[[@LINE-1]]:5: error: 'sparse' with a comma-separated list argument is not implemented yet
