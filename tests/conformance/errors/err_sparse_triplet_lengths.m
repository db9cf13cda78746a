% sparse(i, j, v) with vectors of different lengths.
fprintf('before\n');
S = sparse([1 2], [1 2], [1 2 3]);
fprintf('%d\n', nnz(S));
