% Assigning a 1x2 row into a 1x3 row of a matrix.
A = zeros(2, 3);
A(1, :) = [1 2 3];
fprintf('row 1: %d %d %d\n', A(1, :));
A(2, :) = [4 5]; % fails here
fprintf('not reached\n');
