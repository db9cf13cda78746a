% EXPECTED: hand-written (Octave 7's detrend takes no breakpoints), from
% MATLAB's detrend documentation: detrend(x, n, bp) removes a continuous
% piecewise polynomial trend of degree n whose pieces meet at the
% breakpoints bp (sample indices). The expected values are the residuals of
% the least-squares fit on the basis [1, t, max(t - bp, 0)] (degree 1) or
% [1, t, t.^2, max(t - bp, 0), max(t - bp, 0).^2] (degree 2), t = 1:10,
% computed with Octave's mldivide.
x = [1 2 4 3 5 8 9 7 6 4];
fprintf('%.4f ', detrend(x, 1, 5)); fprintf('\n');
fprintf('%.4f ', detrend(x', 'linear', [4 7])); fprintf('\n');
fprintf('%.4f ', detrend(x, 2, 5)); fprintf('\n');
M = [x' 2*x' + (1:10)'];
D = detrend(M, 1, 5);
fprintf('%.4f ', D(:, 2)); fprintf('| %d %d\n', size(D));
