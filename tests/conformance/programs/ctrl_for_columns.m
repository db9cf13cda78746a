% for over arrays iterates over columns.
A = [1 2 3; 4 5 6];
for col = A
  fprintf('column of size %dx%d: %d %d\n', size(col), col);
end
for v = [10 20 30]
  fprintf('%d ', v);
end
fprintf('\n');
n = 0;
for c = [1; 2; 3]
  n = n + 1;
  fprintf('column vector gives one iteration with %d elements\n', numel(c));
end
fprintf('iterations: %d\n', n);
for ch = 'abc'
  fprintf('[%s]', ch);
end
fprintf('\n');
for b = [true false true]
  fprintf('%d(logical %d) ', b, islogical(b));
end
fprintf('\n');
n = 0;
for e = []
  n = n + 1;
end
fprintf('[] iterations: %d\n', n);
B = reshape(1:8, 2, 2, 2);
n = 0;
for c = B
  n = n + 1;
end
fprintf('3-D array iterations (columns of B(:,:)): %d\n', n);
for x = [1 2; 3 4]'
  fprintf('row sum %d\n', sum(x));
end
