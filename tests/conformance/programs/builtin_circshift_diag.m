% circshift, rot90, tril, triu, diag: shifts along dims, rotations, triangles, diagonals, classes and empties.
A = reshape(1:12, 3, 4);
pmat('circshift(1:5,2)', circshift(1:5, 2));
pmat('circshift(1:5,-1)', circshift(1:5, -1));
pmat('circshift(A,1)', circshift(A, 1));
pmat('circshift(A,1,2)', circshift(A, 1, 2));
pmat('circshift(A,[1 -1])', circshift(A, [1 -1]));
pmat('circshift(A,7)', circshift(A, 7));
pmat('circshift((1:4)'',1)', circshift((1:4)', 1));
pmat('circshift(int8 row)', circshift(int8([1 2 3]), 1));
pmat('circshift([],1)', circshift([], 1));
B = [1 2; 3 4];
pmat('rot90(B)', rot90(B));
pmat('rot90(B,2)', rot90(B, 2));
pmat('rot90(B,-1)', rot90(B, -1));
pmat('rot90(A)', rot90(A));
pmat('rot90(A,3)', rot90(A, 3));
pmat('rot90(A,4)', rot90(A, 4));
M = magic(4);
pmat('tril(M)', tril(M));
pmat('tril(M,1)', tril(M, 1));
pmat('tril(M,-2)', tril(M, -2));
pmat('triu(M)', triu(M));
pmat('triu(M,-1)', triu(M, -1));
pmat('triu(A,2)', triu(A, 2));
pmat('tril(zeros(0,3))', tril(zeros(0, 3)));
pmat('diag([1 2 3])', diag([1 2 3]));
pmat('diag([1 2],1)', diag([1 2], 1));
pmat('diag([1;2],-2)', diag([1; 2], -2));
pmat('diag(M)', diag(M));
pmat('diag(M,1)', diag(M, 1));
pmat('diag(M,-3)', diag(M, -3));
pmat('diag(M,5)', diag(M, 5));
pmat('diag(A)', diag(A));
pmat('diag(A,2)', diag(A, 2));
pmat('diag(A,-1)', diag(A, -1));
pmat('diag(7)', diag(7));
pmat('diag(int16([1 2]))', diag(int16([1 2])));
pmat('diag(zeros(1,0))', diag(zeros(1, 0)));
pmat('diag(zeros(0,3))', diag(zeros(0, 3)));

function pmat(label, X)
  fprintf('%s: %s size', label, class(X));
  fprintf(' %d', size(X));
  fprintf(' |');
  fprintf(' %g', double(X(:)));
  fprintf('\n');
end
