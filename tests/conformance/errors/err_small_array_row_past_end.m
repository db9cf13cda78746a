% A run-time row index past the last row of a small matrix, in a loop.
x = [1 2 3; 4 5 6];
for i = 1:3
  r = x(i, :); % fails here when i is 3
  fprintf('row %d: %g %g %g\n', i, r);
end
