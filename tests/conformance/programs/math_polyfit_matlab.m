% EXPECTED: hand-written (Octave 7 differs from MATLAB; see tests/conformance/README.md)
% [p, S, mu] = polyfit(x, y, n): S.R is the upper triangular factor of the
% QR decomposition of the Vandermonde matrix of the centred and scaled x
% (polyfit's documentation), so polyval's delta is
% normr/sqrt(df)*sqrt(1 + a*inv(V'*V)*a'), the standard error of a
% prediction. The expected values are that formula, computed in Octave 7.3.
x = 1:10;
y = [1 5 10 3 6 32 52 6 15 60];
[p2, S2, mu] = polyfit(x, y, 3);
fprintf('mu = %.6f %.6f, df = %d, normr = %.6f\n', mu, S2.df, S2.normr);
fprintf('upper triangular: %d\n', isequal(S2.R, triu(S2.R)));
[yf2, delta2] = polyval(p2, [2.5; 7], S2, mu);
fprintf('yf2 = '); fprintf('%.6f ', yf2); fprintf('\n');
fprintf('delta2 = '); fprintf('%.6f ', delta2); fprintf('\n');
