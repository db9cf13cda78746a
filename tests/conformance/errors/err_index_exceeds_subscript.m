% A column subscript past the last column of a matrix.
A = ones(2, 3);
fprintf('size %d %d\n', size(A));
v = A(1, 4); % fails here
fprintf('not reached %d\n', v);
