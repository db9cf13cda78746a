% EXPECTED: hand-written (Octave 7 has no mink, maxk, normalize or ismembertol)
% Values from MATLAB's documentation of each function: mink and maxk give
% the k smallest (largest) along the first non-singleton dimension or dim,
% in sort's order, with their indices (all of them when k exceeds the
% length); normalize's default is the z-score (std with n-1), 'range'
% maps to [0, 1] or [a, b], 'norm' divides by the 2-norm (or p-norm),
% 'center' subtracts the mean or median, 'scale' divides by the std, the
% first element or a number, 'zscore','robust' is (x - median) / the
% median absolute deviation; NaN is left out of the statistics.
% ismembertol's default tolerance is 1e-12 scaled by max(abs([A(:); B(:)])).
A = [3 1 4; 1 5 9; 2 6 5];
[b, i] = maxk(A, 2);
fprintf('maxk: %s | %s\n', mat2str(b), mat2str(i));
[b, i] = mink(A, 2, 2);
fprintf('mink dim 2: %s | %s\n', mat2str(b), mat2str(i));
fprintf('maxk row: %s\n', mat2str(maxk([5 1 7 3], 3)));
fprintf('mink past the length: %s\n', mat2str(mink([5 1 7 3], 10)));
fprintf('zscore: %s\n', sprintf('%.4f ', normalize([1 2 3 4 10])));
fprintf('zscore columns: %s\n', sprintf('%.4f ', normalize([1 2; 3 4; 5 9])));
fprintf('range rows: %s\n', sprintf('%.4f ', normalize(A, 2, 'range')));
fprintf('range [-1 1]: %s\n', sprintf('%.4f ', normalize([1 2 3 4], 'range', [-1 1])));
fprintf('norm: %s\n', sprintf('%.4f ', normalize([3 4 0], 'norm')));
fprintf('norm Inf: %s\n', sprintf('%.4f ', normalize([3 4 0], 'norm', Inf)));
fprintf('center: %s\n', sprintf('%.4f ', normalize([1 2 3 10], 'center')));
fprintf('center median: %s\n', sprintf('%.4f ', normalize([1 2 3 10], 'center', 'median')));
fprintf('scale first: %s\n', sprintf('%.4f ', normalize([2 4 6 10], 'scale', 'first')));
fprintf('scale 2: %s\n', sprintf('%.4f ', normalize([1 2 3 10], 'scale', 2)));
fprintf('robust: %s\n', sprintf('%.4f ', normalize([1 2 3 10], 'zscore', 'robust')));
fprintf('with NaN: %s\n', sprintf('%.4f ', normalize([1 2 NaN 3])));
[tf, loc] = ismembertol([1 2.000000000001 3 5], [3 2 9]);
fprintf('ismembertol: %s | %s\n', mat2str(tf), mat2str(loc));
fprintf('ismembertol 0.05: %s\n', mat2str(ismembertol([1 1.1 1.3], 1.05, 0.05)));
