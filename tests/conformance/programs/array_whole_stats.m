% Statistics of whole arrays written with X(:) (mean, std, var, sums of
% squares, max, min, norm, any, all, prod), of 2-D and 3-D double, single
% and logical arrays (mcc computes them as the reductions over 'all'); NaN, one element and empty arrays; columns of
% arrays of different shapes; a column also used as an array.
X = mod((1:60)' * (1:80) * 0.7548776662466927, 1) - 0.25;
m = mean(X(:)); s = std(X(:)); v = var(X(:)); v1 = var(X(:), 1); s1 = std(X(:), 1);
fprintf('double: %.10f %.10f %.10f %.10f %.10f\n', m, s, v, v1, s1);
q = sum(X(:).^2); n = norm(X(:)); mx = max(X(:)); mn = min(X(:));
fprintf('sumsq %.8f norm %.10f max %.10f min %.10f\n', q, n, mx, mn);
fprintf('rms %.10f\n', sqrt(mean(X(:).^2)));
fprintf('spread %.10f\n', sum((X(:) - mean(X(:))).^2) / (numel(X) - 1));
fprintf('above mean: %d of %d\n', sum(X(:) > m), numel(X));
fprintf('fraction above 0.5: %.6f\n', mean(X(:) > 0.5));
fprintf('any > 0.74: %d, all > -0.25: %d, all > 0: %d\n', any(X(:) > 0.74), all(X(:) >= -0.25), all(X(:) > 0));
Y = X(1:5, 1:4);
fprintf('prod %.10g\n', prod(Y(:) + 1));
fprintf('max abs %.10f, min of 2*X+1 %.10f\n', max(abs(X(:))), min(2 * X(:) + 1));
fprintf('std(X(:), 0) %.10f\n', std(X(:), 0));

% A batch of single images, B x H x W (sums of squares to two decimals:
% Octave adds singles in single, mcc in double).
B = 3;
Z = zeros(B, 24, 32);
Z(:) = mod((1:B * 24 * 32) * 0.6180339887, 1);
S = single(Z);
fprintf('single: %s %.5f %.5f %.5f %.2f %.5f\n', class(mean(S(:))), mean(S(:)), std(S(:)), var(S(:)), sum(S(:).^2), max(S(:)));
fprintf('single norm %.3f, min %.6f\n', norm(S(:)), min(S(:)));
fprintf('normalised: %.5f\n', max(abs((S(:) - mean(S(:))) / std(S(:)))));

% Logical arrays.
L = X > 0.3;
fprintf('logical: %d %.6f %s %d %d\n', sum(L(:)), mean(L(:)), class(max(L(:))), max(L(:)), min(L(:)));

% NaN: sums, means and spreads are NaN, max and min skip it.
N = X;
N(4, 7) = NaN;
fprintf('NaN: %f %f %f %f %.10f %.10f\n', sum(N(:)), mean(N(:)), std(N(:)), var(N(:)), max(N(:)), min(N(:)));

% One element and empty arrays.
one = 5 * ones(1, 1);
fprintf('one: %g %g %g %g %g\n', mean(one(:)), std(one(:)), var(one(:)), max(one(:)), sum(one(:).^2));
E = zeros(0, 3);
fprintf('empty: sum %g prod %g mean %g std %g var %g norm %g\n', sum(E(:)), prod(E(:)), mean(E(:)), std(E(:)), var(E(:)), norm(E(:)));
fprintf('empty max: %s, min: %s, any %d, all %d\n', mat2str(size(max(E(:)))), mat2str(size(min(E(:)))), any(E(:)), all(E(:)));

% Columns of arrays of different shapes add as columns.
P = reshape(1:6, 2, 3); Q = reshape(10:15, 3, 2);
fprintf('columns: %g %g\n', sum(P(:) + Q(:)), max(P(:) .* Q(:)));
% A column that is also an array of its own.
c = X(:);
fprintf('column: %d x %d, %.10f %.10f\n', size(c, 1), size(c, 2), mean(c), c(4321));
fprintf('sum of column squared %.8f\n', sum(X(:) .* X(:)));
