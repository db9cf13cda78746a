% inv of a non-square matrix.
A = [1 2 3; 4 5 6];
fprintf('%dx%d\n', size(A));
B = inv(A); % fails here
fprintf('not reached %d\n', B);
