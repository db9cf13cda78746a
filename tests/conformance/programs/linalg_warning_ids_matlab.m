% EXPECTED: hand-written (MATLAB's solve and inverse warnings carry the identifiers MATLAB:singularMatrix, MATLAB:nearlySingularMatrix and MATLAB:rankDeficientMatrix, which lastwarn returns and warning('off', id) silences (mldivide and inv documentation, "Matrix is singular to working precision", "RCOND ="); Octave 7 uses Octave:singular-matrix and its own texts)
% lastwarn after a singular solve, a nearly singular inverse and a rank-deficient least-squares solve.
lastwarn('');
x = [1 2; 2 4] \ [1; 2];
[msg, id] = lastwarn;
fprintf('%s | %s\n', id, msg);
lastwarn('');
y = inv([1e-20 0; 0 1]);
[msg, id] = lastwarn;
fprintf('%s | %s\n', id, msg);
lastwarn('');
r = [1 2 3; 2 4 6] \ [1; 2];
[~, id] = lastwarn;
fprintf('%s\n', id);
lastwarn('');
z = [2 1; 1 3] \ [1; 2];
[msg, id] = lastwarn;
fprintf('well conditioned: [%s] [%s] %.4f %.4f\n', msg, id, z);
