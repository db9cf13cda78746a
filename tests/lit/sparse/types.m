% RUN: %mcc --emit=typed %s | FileCheck %s
% The sparsity of each value: constructors are sparse, full(S), S * x and
% S \ b are full, S * 2, S + S, S' and S(:, j) are sparse, S(i, j) is a full
% scalar; a join of sparse and full is "sparse?".
n = 5;
S = speye(n);
% CHECK: call builtin speye {{.*}} : double sparse 5x5
T = spdiags(ones(n, 3), [-1 0 1], n, n);
% CHECK: call builtin spdiags {{.*}} : double sparse 5x5
x = ones(n, 1);
y = S * x;
% CHECK: binary mtimes {{.*}} : double 5x1
b = T \ x;
% CHECK: binary mldivide {{.*}} : double real? ?
U = S * 2 + T';
% CHECK: binary mtimes {{.*}} : double sparse 5x5
% CHECK: transpose ctranspose {{.*}} : double sparse 5x5
% CHECK: binary plus {{.*}} : double sparse 5x5
v = U(2, 3);
% CHECK: subsref {{.*}} : double scalar
c = U(:, 2);
% CHECK: subsref {{.*}} : double sparse 5x1
F = full(U);
% CHECK: call builtin full {{.*}} : double 5x5
G = U + F;
% CHECK: binary plus {{.*}} : double 5x5
k = nnz(U);
% CHECK: call builtin nnz {{.*}} : double scalar
if k > 3
  W = U;
else
  W = F;
end
% CHECK: phi {{.*}} : double sparse? 5x5
fprintf('%g %g %g %g\n', y(1), b(1), v, W(1, 1));
