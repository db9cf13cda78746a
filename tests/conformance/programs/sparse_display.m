% EXPECTED: hand-written
% The display of a sparse matrix (`S` without a semicolon, and disp(S)):
% one line per nonzero in column order, "(row,col)" then the value. The
% expected text is written by hand from MATLAB's command-window output as
% MATLAB's documentation and its published examples show it (speye(3),
% sparse(A) of [0 2 0; 4 0 6; 7 0 0]: "   (2,1)        4"; an all-zero
% matrix: "All zero sparse: 10000x5000"). Octave's display differs
% ("Compressed Column Sparse (rows = 3, cols = 3, nnz = 3 [33%])").
S = speye(3)
A = [0 2 0; 4 0 6; 7 0 0];
disp(sparse(A))
Z = sparse(2, 3)
fprintf('done\n');
