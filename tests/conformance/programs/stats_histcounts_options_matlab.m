% EXPECTED: hand-written (Octave 7 has no histcounts), from MATLAB's
% histcounts documentation: 'BinWidth' w makes bins of width w from a
% multiple of w at or below the smallest value; 'NumBins' is the positional
% nbins;
% 'BinEdges' the positional edges; nbins with 'BinLimits' [lo hi] makes
% nbins equal bins spanning exactly [lo hi], and only the data within the
% limits count; 'BinMethod' 'integers' centres a unit bin on each integer,
% 'sturges' takes ceil(log2(n) + 1) bins and 'sqrt' ceil(sqrt(n)), placed
% as histcounts(x, nbins) places them; every bin holds its left edge, the
% last also its right edge.
x = [0.5 1.2 1.7 2.3 2.9 3.1 4.8 5.0];
[n, e] = histcounts(x, 'BinWidth', 1);
fprintf('width 1: %s| %s\n', sprintf('%g ', n), sprintf('%g ', e));
[n, e] = histcounts(x, 'BinWidth', 2);
fprintf('width 2: %s| %s\n', sprintf('%g ', n), sprintf('%g ', e));
[n, e] = histcounts(x, 'BinEdges', [0 1 3 6]);
fprintf('edges: %s| %s\n', sprintf('%g ', n), sprintf('%g ', e));
[n, e] = histcounts(x, 'NumBins', 5);
[n2, e2] = histcounts(x, 5);
fprintf('NumBins 5 same as 5: %d %d\n', isequal(n, n2), isequal(e, e2));
[n, e] = histcounts(x, 4, 'BinLimits', [0 4]);
fprintf('4 bins in [0 4]: %s| %s\n', sprintf('%g ', n), sprintf('%g ', e));
[n, e] = histcounts(x, 'NumBins', 2, 'BinLimits', [1 3]);
fprintf('2 bins in [1 3]: %s| %s\n', sprintf('%g ', n), sprintf('%g ', e));
[n, e] = histcounts([1 2 2 3 5 5 5], 'BinMethod', 'integers');
fprintf('integers: %s| %s\n', sprintf('%g ', n), sprintf('%g ', e));
[n, e] = histcounts([2 3 5 7 11 13 17 19 23 29], 'BinMethod', 'sturges');
fprintf('sturges: %s| %s\n', sprintf('%g ', n), sprintf('%g ', e));
n = histcounts(x, 'BinWidth', 2, 'Normalization', 'cdf');
fprintf('cdf: %s\n', sprintf('%g ', n));
n = histcounts(x, 'BinEdges', [0 2 4 6], 'Normalization', 'probability');
fprintf('probability: %s\n', sprintf('%g ', n));
[~, ~, bin] = histcounts(x, 'BinWidth', 2);
fprintf('bins: %s\n', sprintf('%g ', bin));
% The documentation's example: 6 bins of primes.
[n, e] = histcounts([2 3 5 7 11 13 17 19 23 29], 6);
fprintf('doc: %s| %s\n', sprintf('%g ', n), sprintf('%.1f ', e));
