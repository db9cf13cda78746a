% std and var along a dim of arrays whose sizes are known at build time,
% which kernels compute (kernels/ExpandSpread.h): weights 0 and 1, a count
% of one, NaN and Inf, single (printed to 5 digits: Octave adds single
% sums in float, mcc in double).
X = reshape(mod((1:60) * 37, 17), 3, 4, 5) / 7 + 0.5;
fprintf('%.15g ', std(X, 0, 1)); fprintf('\n');
fprintf('%.15g ', std(X, 1, 2)); fprintf('\n');
fprintf('%.15g ', var(X, 0, 3)); fprintf('\n');
fprintf('%.15g ', var(X, 1, 1)); fprintf('\n');
S = single(X);
fprintf('%.5g ', std(S, 0, 3)); fprintf('\n');
fprintf('%.5g ', var(S, 1, 2)); fprintf('\n');
mu = mean(X, 2);
Z = (X - mu) ./ std(X, 0, 2);
fprintf('%.15g ', sum(Z .^ 2, 2)); fprintf('\n');
R = ones(1, 6) * 4;
fprintf('%.15g %.15g\n', std(R, 0, 2), var(R, 1, 2));
C = zeros(3, 1) + 2;
fprintf('%.15g ', std(C, 0, 2)); fprintf('\n');
N = X; N(2, 3, 4) = NaN; N(1, 1, 1) = Inf;
fprintf('%.15g ', std(N, 0, 3)); fprintf('\n');
fprintf('%s %d %d\n', class(std(S, 0, 1)), size(var(X, 0, 3)));
