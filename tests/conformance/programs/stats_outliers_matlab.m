% EXPECTED: hand-written (Octave 7 has no isoutlier, filloutliers or
% rmoutliers), from MATLAB's documentation: by default an outlier is more
% than three scaled MADs from the median (MAD times -1/(sqrt(2)*erfcinv(3/2))
% = 1.4826), with 'mean' more than three standard deviations from the mean,
% 'ThresholdFactor' replacing the three; [TF, L, U, C] gives the thresholds
% and centre. filloutliers replaces outliers (a number, 'center', 'clip' or
% a fillmissing method); rmoutliers removes them (the rows of a matrix that
% hold any). The documentation's example: outliers 100 and 300 at 4 and 9.
A = [57 59 60 100 59 58 57 58 300 61 62 60 62 58 57];
[TF, L, U, C] = isoutlier(A);
fprintf('%d ', find(TF)); fprintf('| %.4f %.4f %g\n', L, U, C);
fprintf('%d ', isoutlier([1 2 3 4 100], 'mean')); fprintf('\n');
fprintf('%d ', isoutlier([1 2 3 4 100], 'mean', 'ThresholdFactor', 1)); fprintf('\n');
fprintf('%d ', isoutlier([1 2 3 4 100], 'ThresholdFactor', 20)); fprintf('\n');
M = [1 10; 2 11; 50 12; 3 13; 2 99];
fprintf('%d %d\n', isoutlier(M)');
B = filloutliers(A, 'center');
fprintf('%g ', B([4 9])); fprintf('\n');
B = filloutliers(A, 'clip');
fprintf('%.4f ', B([4 9])); fprintf('\n');
B = filloutliers(A, 'linear');
fprintf('%g ', B(3:10)); fprintf('\n');
B = filloutliers(A, 'previous');
fprintf('%g ', B([4 9])); fprintf('\n');
[B, tf] = filloutliers(A, 0);
fprintf('%g %g %d\n', B(4), B(9), nnz(tf));
% filloutliers' TF, L, U and C are isoutlier's (its documentation).
[B, tf, L2, U2, C2] = filloutliers(A, 'center');
fprintf('%d\n', isequal(tf, TF) && isequal([L2 U2 C2], [L U C]));
[R, tf] = rmoutliers(A);
fprintf('%d %d | %d\n', size(R), nnz(tf));
[R, tf] = rmoutliers(M);
fprintf('%d %d\n', R'); fprintf('%d ', tf); fprintf('\n');
