% EXPECTED: hand-written
% The display of a sparse matrix (`S` without a semicolon, and disp(S)):
% one line per nonzero in column order, "(row,col)" then the value as a
% full column of the nonzeros shows it. The expected text is written by
% hand from MATLAB's documentation: the R2021a page of `full`
% (mathworks.com/help/releases/R2021a/matlab/ref/full.html) shows
% "   (2,1)       0.0344" for sprand's values, the `sparse` page
% "All zero sparse: 10000x5000" for sparse(10000, 5000), and published
% command-window output shows sparse([0 2 0; 4 0 6; 7 0 0]) as
% "   (2,1)        4" (R2022 and later add a header line "8×8 sparse double
% matrix (15 nonzeros)", not reproduced). Octave's display differs
% ("Compressed Column Sparse (rows = 3, cols = 3, nnz = 3 [33%])").
S = speye(3)
A = [0 2 0; 4 0 6; 7 0 0];
disp(sparse(A))
Z = sparse(2, 3)
R = sparse([2 7 2], [1 1 2], [0.0344 0.4456 0.4387], 8, 8)
fprintf('done\n');
