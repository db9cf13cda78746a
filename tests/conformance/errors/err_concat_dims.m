% Vertical concatenation of rows of different lengths.
r1 = [1 2];
r2 = [1 2 3];
fprintf('rows of %d and %d\n', numel(r1), numel(r2));
M = [r1; r2]; % fails here
fprintf('not reached %d\n', M);
