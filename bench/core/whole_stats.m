n = 8294400;
% Statistics of a whole 2160 x (n / 2160) image written with X(:): mean,
% standard deviation, variance, sum of squares and range. Each X(:) was a
% copy of the image and each statistic a runtime pass over it; they are
% now reductions of X over 'all' (five kernels: the image and its mean,
% the two spreads, the rest in one pass).
h = 2160;
X = mod((1:h)' * 0.7548776662466927 + (0:n / h - 1) * 0.5698402909980532, 1);
m = mean(X(:)); s = std(X(:)); v = var(X(:));
q = sum(X(:).^2); mx = max(X(:)); mn = min(X(:));
fprintf('mean = %.8f, std = %.8f, var = %.8f, sumsq = %.4f, max = %.8f, min = %.8f\n', m, s, v, q, mx, mn);
