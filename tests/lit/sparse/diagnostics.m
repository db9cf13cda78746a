% RUN: not %mcc --emit=typed %s 2>&1 | FileCheck %s
% Every operation on a value that is or may be sparse either has a sparse
% implementation or is a compile-time error at the call, naming it.
S = speye(4);
a = sin(S);
% CHECK: {{.*}}diagnostics.m:[[@LINE-1]]:5: error: 'sin' of a sparse matrix is not implemented yet
b = [S, 'abcd'];
% CHECK: {{.*}}diagnostics.m:[[@LINE-1]]:5: error: 'horzcat' of a sparse matrix and a value of class char is not implemented yet
c = {S};
% CHECK: {{.*}}diagnostics.m:[[@LINE-1]]:5: error: storing a sparse matrix in a cell array is not implemented yet
if S
end
% CHECK: {{.*}}diagnostics.m:[[@LINE-2]]:4: error: a sparse matrix as a condition is not implemented yet
d = S > ones(4);
% CHECK: {{.*}}diagnostics.m:[[@LINE-1]]:5: error: 'gt' of a sparse matrix is not implemented yet
e = S(:);
% CHECK: {{.*}}diagnostics.m:[[@LINE-1]]:5: error: 'subsref' of a sparse matrix with a linear index other than a scalar is not implemented yet
f = @(x) S * x;
% CHECK: {{.*}}diagnostics.m:[[@LINE-1]]:5: error: capturing a sparse matrix in an anonymous function is not implemented yet
fprintf('%g\n', S);
% CHECK: {{.*}}diagnostics.m:[[@LINE-1]]:1: error: 'fprintf' of a sparse matrix is not implemented yet
s.f = S;
% CHECK: {{.*}}diagnostics.m:[[@LINE-1]]:1: error: storing a sparse matrix in a struct field is not implemented yet
for col = S
end
% CHECK: {{.*}}diagnostics.m:[[@LINE-2]]:{{[0-9]+}}: error: 'for' over the columns of a sparse matrix is not implemented yet
g = S ./ S;
% CHECK: {{.*}}diagnostics.m:[[@LINE-1]]:5: error: 'rdivide' of a sparse matrix is not implemented yet
h = sum(ones(3), S);
% CHECK: {{.*}}diagnostics.m:[[@LINE-1]]:5: error: 'sum' of a sparse matrix is not implemented yet
T = S;
T(2:3) = 7;
% CHECK: {{.*}}diagnostics.m:[[@LINE-1]]:1: error: 'subsasgn' of a sparse matrix other than S(I, J) = X and X(...) = S is not implemented yet
