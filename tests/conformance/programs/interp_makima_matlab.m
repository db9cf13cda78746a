% EXPECTED: hand-written (Octave 7 has no makima), from MATLAB's makima
% documentation: the modified Akima cubic Hermite interpolant, whose slope
% at x(i) is (w1*d(i-1) + w2*d(i)) / (w1 + w2) with the secants d,
% w1 = |d(i+1) - d(i)| + |d(i+1) + d(i)|/2, w2 = |d(i-1) - d(i-2)| +
% |d(i-1) + d(i-2)|/2 (0 where both weights are 0), the secants extended
% past each end by d(0) = 2 d(1) - d(2), ...; it extrapolates. The values
% below come from that formula evaluated in Octave. interp1's 'makima' and
% fillmissing's 'makima' are the same interpolant.
x = 1:7;
y = [1 2 2 5 3 4 4];
fprintf('%.6f ', makima(x, y, [1.5 2.5 3.5 4.5 5.5 6.5 0 8])); fprintf('\n');
fprintf('%.6f ', interp1(x, y, [1.5 2.5 3.5 4.5 5.5 6.5 0 8], 'makima')); fprintf('\n');
fprintf('%.6f ', interp1(x, y, [0 8], 'makima', 0)); fprintf('\n');
x2 = [0 1 2.5 3 5];
y2 = [0 1 0 2 -1];
fprintf('%.6f ', makima(x2, y2, [0.5 1.75 2.8 4 4.9])); fprintf('\n');
fprintf('%.6f ', makima([1 2 3], [1 4 9], [1.5 2.5])); fprintf('\n');
pp = makima(x2, y2);
fprintf('%s %d %d\n', pp.form, pp.pieces, pp.order);
fprintf('%.6f ', ppval(pp, [0.5 1.75 2.8 4 4.9])); fprintf('\n');
fprintf('%.4f ', fillmissing([NaN 1 4 NaN 16 NaN 36 NaN], 'makima')); fprintf('\n');
