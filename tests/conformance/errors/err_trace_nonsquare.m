% trace of a non-square matrix: MATLAB's trace requires a square matrix
% (its documentation: "A - Input matrix, square matrix"; GNU Octave 7 instead
% returns the sum of the diagonal).
A = [1 2 3; 4 5 6];
fprintf('%d\n', trace(A(:, 1:2)));
t = trace(A); % fails here
fprintf('not reached %d\n', t);
