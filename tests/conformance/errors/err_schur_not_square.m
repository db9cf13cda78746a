% schur needs a square matrix.
T = schur([1 2; 3 4]);
fprintf('%d\n', size(T, 1));
T = schur([1 2 3; 4 5 6]); % fails here
fprintf('not reached %g\n', T);
