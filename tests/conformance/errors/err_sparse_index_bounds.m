% Reading past the end of a sparse matrix: MATLAB's index error.
S = speye(3);
fprintf('before\n');
x = S(4, 1);
fprintf('%g\n', x);
