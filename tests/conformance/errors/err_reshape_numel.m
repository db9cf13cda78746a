% reshape to a size with a different number of elements.
x = 1:6;
A = reshape(x, 2, 3);
fprintf('%dx%d\n', size(A));
B = reshape(x, 4, 2); % fails here
fprintf('not reached %d\n', B);
