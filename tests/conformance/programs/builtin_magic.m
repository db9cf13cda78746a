% magic(n): MATLAB's magic squares for odd, doubly even and singly even n
% (each row, column and diagonal sums to n*(n^2+1)/2), and the empty and
% trivial sizes.
for n = [0 1 2 3 4 5 6 8 10]
  M = magic(n);
  fprintf('magic(%d): %s\n', n, mat2str(M));
  if n > 2
    fprintf('  sums %d %d %d %d\n', max(sum(M)), min(sum(M, 2)), trace(M), trace(fliplr(M)));
  end
end
