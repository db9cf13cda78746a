% S(i, j) = v on a sparse matrix: inserting, overwriting, deleting (by
% assigning 0) and growing past the end, in a loop that builds a matrix.
n = 6;
S = sparse(n, n);
for k = 1:n
  S(k, k) = 2;
  if k > 1
    S(k, k - 1) = -1;
  end
  if k < n
    S(k, k + 1) = -1;
  end
end
fprintf('built: nnz %d, sparse %d, sum %g\n', nnz(S), issparse(S), full(sum(sum(S))));
S(3, 3) = 5;
S(1, 2) = 0;
fprintf('after overwrite and delete: nnz %d, S(3,3) = %g, S(1,2) = %g\n', nnz(S), S(3, 3), S(1, 2));
S(8, 9) = 1;
fprintf('grown: %d x %d, nnz %d\n', size(S, 1), size(S, 2), nnz(S));
fprintf('%g ', full(S(1:3, 1:3))); fprintf('\n');
