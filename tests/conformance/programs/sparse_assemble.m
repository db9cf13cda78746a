% Finite element assembly into a sparse matrix, as FEM codes write it
% (spalloc, then K(dofs, dofs) = K(dofs, dofs) + Ke for the linear elements
% of a 1-D bar), then the boundary rows and columns, then a solve. Also S(I, J) = X of
% a scalar, of a full block and of a sparse block, growth past the end, and
% a full array taking a sparse value (full).
ne = 8;
n = ne + 1;
h = 1 / ne;
K = spalloc(n, n, 3 * n);
f = zeros(n, 1);
for e = 1:ne
  dofs = [e, e + 1];
  Ke = [1 -1; -1 1] / h;
  K(dofs, dofs) = K(dofs, dofs) + Ke;
  f(dofs) = f(dofs) + h / 2;
end
fprintf('assembled: sparse %d, nnz %d, K(2,2) = %g, K(2,3) = %g\n', issparse(K), nnz(K), K(2, 2), K(2, 3));
% u(0) = 0: the first row and column become those of the identity
K(1, :) = 0;
K(:, 1) = 0;
K(1, 1) = 1;
f(1) = 0;
u = K \ f;
x = (0:h:1)';
fprintf('error against u = x - x.^2/2 below 1e-12: %d\n', max(abs(u - (x - x.^2 / 2))) < 1e-12);
S = speye(4);
S(2:3, 2:3) = 5;
fprintf('scalar block: '); fprintf('%g ', full(S)); fprintf('\n');
S(1:2, [4 1]) = [7 8; 9 10];
fprintf('full block: '); fprintf('%g ', full(S)); fprintf('\n');
S(:, 3) = sparse([0; 1; 0; 2]);
fprintf('sparse column: '); fprintf('%g ', full(S)); fprintf('\n');
S(5, 6) = 3;
fprintf('grown: %d x %d, nnz %d, sparse %d\n', size(S, 1), size(S, 2), nnz(S), issparse(S));
F = zeros(3);
F(1:2, 1:2) = speye(2);
fprintf('full target: sparse %d: ', issparse(F)); fprintf('%g ', F); fprintf('\n');
