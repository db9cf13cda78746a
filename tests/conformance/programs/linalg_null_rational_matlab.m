% EXPECTED: hand-written (Octave 7's null has no 'r' option), from MATLAB's
% null documentation: null(A, 'r') is the "rational" basis from rref(A):
% for each non-pivot column j, the vector with 1 in row j, 0 in the other
% non-pivot rows and minus column j of rref(A) in the pivot rows; A*Z is 0.
A = [1 2 3; 2 4 6];
Z = null(A, 'r');
fprintf('%g ', Z + 0); fprintf('| %d %d\n', size(Z));
Z = null(magic(4), 'r');
fprintf('%g ', Z + 0); fprintf('| %d %d\n', size(Z));
fprintf('%d\n', norm(magic(4) * Z) < 1e-12);
Z = null([1 1 0; 0 0 1], 'r');
fprintf('%g ', Z + 0); fprintf('| %d %d\n', size(Z));
Z = null(eye(2), 'r');
fprintf('%d %d\n', size(Z));
