% Linear-index assignment past the end of a matrix (neither a row nor a column).
A = ones(2, 2);
A(4) = 5;
fprintf('A(4) = %d\n', A(4));
A(7) = 1; % fails here
fprintf('not reached\n');
