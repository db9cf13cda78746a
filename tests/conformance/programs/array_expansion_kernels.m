% Implicit expansion in element-wise chains (what fusion reads through
% strides inside one kernel): a column against a matrix, a row against a
% matrix, a 3-d batch against its per-image statistics, and the per-image
% normalisation of a small single batch.
A = reshape(1:12, 3, 4) / 5;
B = A - mean(A, 2);
fprintf('%.4f ', B); fprintf('\n');
g = [1; 2; 3; 4];
C = A .* g' + 1;
fprintf('%.4f ', C); fprintf('\n');
mu = mean(A);
sigma = max(A) - min(A) + 1;
Z = (A - mu) ./ sigma + 2;
fprintf('%.4f ', sum(Z), sum(Z, 2), sum(sum(Z .^ 2))); fprintf('\n');
X = single(reshape(mod((1:60) * 7, 11), 3, 4, 5)) / 10;
m = mean(mean(X, 2), 3);
D = X - m;
fprintf('%s %d %d %d\n', class(D), size(D));
fprintf('%.4f ', m, mean(mean(D .^ 2, 2), 3)); fprintf('\n');
s = sqrt(mean(mean(D .^ 2, 2), 3));
Y = max(D ./ s * 1.5 + 0.1, 0) .^ 0.8;
e2 = (Y - X) .^ 2;
fprintf('%s %.4f %.4f %.4f\n', class(Y), Y(1, 2, 3), mean(e2(:)), max(Y(:)));
E = zeros(2, 0);
F = E - mean(E, 2);
fprintf('%d %d\n', size(F));
