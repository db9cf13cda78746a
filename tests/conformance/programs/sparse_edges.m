% Edge cases of sparse matrices: empty and all-zero matrices, sparse
% vectors (find's shape, norms, diag of a vector), a permutation matrix
% (a solve that needs row exchanges), logical sparse from a
% logical array, duplicates that cancel in sums. (S ./ 0 is left out:
% mcc computes 0/0 = NaN for every element, as IEEE arithmetic does, while
% Octave 7 keeps the zeros; MATLAB's documentation does not say.)
S = sparse([1 3], [1 2], [2 -4], 3, 3);
D = S ./ 2;
fprintf('S./2: nnz %d, sparse %d: ', nnz(D), issparse(D)); fprintf('%g ', full(D)); fprintf('\n');
E = sparse(0, 0);
fprintf('empty: %d x %d, nnz %d, isempty %d\n', size(E, 1), size(E, 2), nnz(E), isempty(E));
Z = sparse(2, 3);
fprintf('zeros: sum '); fprintf('%g ', full(sum(Z))); fprintf(', sum dim 2 '); fprintf('%g ', full(sum(Z, 2))); fprintf('\n');
v = sparse([0 3 0 -4 0]);
[i, j, x] = find(v);
fprintf('row find: %d x %d: ', size(i, 1), size(i, 2)); fprintf('%d,%d=%g ', [i; j; x]); fprintf('\n');
fprintf('norms of v: %g %g %g %g\n', norm(v), norm(v, 1), norm(v, Inf), norm(v, 'fro'));
Dv = diag(sparse([1; 2; 3]), 1);
fprintf('diag(v, 1): %d x %d, nnz %d, (2,3) = %g\n', size(Dv, 1), size(Dv, 2), nnz(Dv), Dv(2, 3));
Q = sparse([2 3 1], [1 2 3], [1 1 1]);
b = [10; 20; 30];
fprintf('permutation solve: '); fprintf('%g ', Q \ b); fprintf('\n');
L = sparse(logical([1 0; 0 1]));
fprintf('logical: islogical %d, nnz %d, class %s\n', islogical(L), nnz(L), class(L));
C = sparse([1 1 2], [1 1 2], [1 -1 5]);
fprintf('cancelled: nnz %d, full '); fprintf('%g ', full(C)); fprintf('\n');
T = sparse([1 2 3], [3 1 2], [1 2 3]);
U = T';
fprintf('transpose twice equal: %d, T''(3,1) = %g\n', isequal(U', T), U(3, 1));
fprintf('S(:,2)'' * ones(3,1) = %g\n', S(:, 2)' * ones(3, 1));
