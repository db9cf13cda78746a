% EXPECTED: hand-written
% The 'omitnan' flag of sum, mean (with and without a dim), max with [] and median (sum, mean,
% max and median documentation: "omitnan - Ignore NaN values"; Octave 7 has no nanflag for
% sum/mean/median). Values worked out by hand.
A = [4 NaN 1; 2 8 NaN; 7 3 5];
fprintf('sum %s omitnan %s\n', mat2str(sum(A)), mat2str(sum(A, 'omitnan')));
fprintf('mean omitnan %s\n', mat2str(mean(A, 'omitnan'), 4));
fprintf('mean rows omitnan %s\n', mat2str(mean(A, 2, 'omitnan')', 4));
fprintf('max omitnan %s\n', mat2str(max(A, [], 'omitnan')));
fprintf('median %g, median omitnan %g\n', median([3 NaN 1]), median([3 NaN 1], 'omitnan'));
