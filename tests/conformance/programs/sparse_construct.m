% Sparse matrices: the constructors and the queries. Duplicates of
% sparse(i, j, v) are summed, scalars expand, zeros are dropped; find gives
% the nonzeros in column order. Values are printed with full() and fprintf
% (Octave's display of a sparse matrix differs from MATLAB's; the display
% is tested in sparse_display.m).
S = sparse([1 3 2 3 1], [1 1 2 3 1], [10 20 30 40 5]);
fprintf('size %d x %d, nnz %d, issparse %d\n', size(S, 1), size(S, 2), nnz(S), issparse(S));
fprintf('%g ', full(S)); fprintf('\n');
% scalar expansion of i and of v, an explicit size
T = sparse(2, [1 2 4], 7, 3, 5);
fprintf('size %d x %d, nnz %d\n', size(T, 1), size(T, 2), nnz(T));
fprintf('%g ', full(T)); fprintf('\n');
% values that sum to zero and zero values are not stored
Z = sparse([1 1 2], [1 1 2], [3 -3 0], 2, 2);
fprintf('nnz of cancelled: %d\n', nnz(Z));
% from a full matrix
A = [0 2 0; 4 0 6; 7 0 0];
B = sparse(A);
fprintf('nnz(B) = %d, isequal to A: %d\n', nnz(B), isequal(full(B), A));
[i, j, v] = find(B);
fprintf('(%d,%d) %g\n', [i j v]');
k = find(B);
fprintf('linear: '); fprintf('%d ', k); fprintf('\n');
fprintf('nonzeros: '); fprintf('%g ', nonzeros(B)); fprintf('\n');
% all-zero and identity
E = sparse(3, 4);
fprintf('E: %d x %d, nnz %d, isempty %d\n', size(E, 1), size(E, 2), nnz(E), isempty(E));
I = speye(4);
fprintf('speye(4): nnz %d, trace %g\n', nnz(I), sum(diag(full(I))));
R = speye(2, 3);
fprintf('speye(2,3): '); fprintf('%g ', full(R)); fprintf('\n');
% spdiags: the three diagonals of a tridiagonal matrix
n = 5;
e = ones(n, 1);
D = spdiags([e -2*e 3*e], [-1 0 1], n, n);
fprintf('spdiags:\n'); fprintf('%3g %3g %3g %3g %3g\n', full(D)');
% shape queries
fprintf('numel %d, rows %d, columns %d, ndims %d\n', numel(D), size(D, 1), size(D, 2), ndims(D));
[m, nn] = size(D);
fprintf('[m, n] = [%d, %d], isscalar %d, isvector %d, issquare %d\n', m, nn, isscalar(D), isvector(D), m == nn);
fprintf('class %s, isreal %d, isnumeric %d\n', class(D), isreal(D), isnumeric(D));
% transposes keep sparsity
Dt = D';
fprintf('issparse(D'') = %d, D''(1,2) = %g, D.''(2,1) = %g\n', issparse(Dt), Dt(1, 2), D.'(2, 1));
fprintf('full of full: %d, issparse(A) = %d\n', isequal(full(A), A), issparse(A));
