% repelem and blkdiag: repeated elements of vectors and matrices, block diagonal matrices and their classes.
pmat('repelem row', repelem([1 2 3], 2));
pmat('repelem col', repelem([1; 2], 3));
pmat('repelem counts', repelem([4 5 6], [1 0 2]));
pmat('repelem scalar', repelem(7, 3));
pmat('repelem matrix', repelem([1 2; 3 4], 2, 3));
pmat('repelem rows only', repelem([1 2; 3 4], [1 2], 1));
pmat('repelem char', repelem('ab', 2));
pmat('repelem int8', repelem(int8([1 2]), 2));
pmat('repelem empty', repelem(zeros(1, 0), 3));
pmat('blkdiag', blkdiag([1 2; 3 4], 5));
pmat('blkdiag 3', blkdiag(1, [2 3], [4; 5]));
pmat('blkdiag empty part', blkdiag([1 2], zeros(0, 2), 3));
pmat('blkdiag one', blkdiag([1 2; 3 4]));

function pmat(label, X)
  fprintf('%s: %s size', label, class(X));
  fprintf(' %d', size(X));
  fprintf(' |');
  fprintf(' %g', double(X(:)));
  fprintf('\n');
end
