% EXPECTED: hand-written (MATLAB's documentation of each function; Octave 7 has no histcounts, no 'reverse' for cummax/cummin, no dim argument or windows longer than the data in movmean, fails on median([]) and mode([]) gives empty, gives cov(x, y) as one number, isspace true for a number, blanks(0) 0x0, no 'like' in randn and no trailing separator in tempdir)
% histcounts with edges; cummax/cummin 'reverse'; movmean along dim 2 and
% with a window longer than the data; median, mode and var of empty
% input; cov(x, y) as a 2x2 matrix; isspace of a number; blanks(0); randn
% 'like'; tempdir's trailing separator.
fprintf('histcounts: %d %d %d\n', histcounts([1 2 2 3 5], [0 2 4 6]));
fprintf('right edge in last bin: %d %d\n', histcounts([0 1 2], [0 1 2]));
fprintf('outside and NaN not counted: %d %d\n', histcounts([-1 0.5 1.5 3 NaN], [0 1 2]));
[n, e] = histcounts([1 2 3 4], [0 2 4]);
fprintf('edges out: %g %g %g, counts %d %d, class %s size %d %d\n', e, n, class(n), size(n));
fprintf('probability: %g %g\n', histcounts([1 1 1 3], [0 2 4], 'Normalization', 'probability'));
fprintf('matrix input counts all elements: %d %d\n', histcounts([1 3; 1 1], [0 2 4]));
fprintf('cummax reverse: %g %g %g %g\n', cummax([1 3 2 0], 'reverse'));
fprintf('cummin reverse dim 2: %g %g %g %g\n', cummin([4 2; 1 3], 2, 'reverse'));
A = [1 2; 3 5; 4 9];
fprintf('movmean dim 2: %g %g %g %g %g %g\n', movmean(A, 3, 2));
fprintf('movmean longer than data: %g %g %g\n', movmean([1 2 3], 10));
fprintf('movsum longer than data: %g %g %g\n', movsum([1 2 3], 7));
fprintf('median of empty: %g, mode of empty: %g\n', median([]), mode([]));
fprintf('median int8: %s %d\n', class(median(int8([1 2 4]))), median(int8([1 2 4])));
C = cov([1 2 3], [1 5 2]);
fprintf('cov(x, y): size %d %d, %.6f %.6f %.6f %.6f\n', size(C), C);
fprintf('isspace of numbers: %d %d\n', isspace(32), isspace('a'));
fprintf('blanks(0): %d %d\n', size(blanks(0)));
fprintf('randn like: %s\n', class(randn(1, 2, 'like', single(1))));
t = tempdir;
fprintf('tempdir ends with a separator: %d\n', t(end) == '/');
