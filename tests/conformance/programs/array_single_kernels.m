% Element-wise chains and reductions over single arrays (what fusion makes
% single-precision kernels of): single op double is single, reductions of
% single are single, comparisons and logical results are logical.
x = single(linspace(0, 2, 1000));
y = sin(x) .* exp(-x / 4) + 0.5 * x .^ 2;
fprintf('%s %s %s %s\n', class(y), class(sum(y)), class(max(y)), class(mean(y)));
fprintf('%.2f %.4f %.4f %.4f\n', sum(y), mean(y), max(y), min(y));
z = y * 3 - 1;
fprintf('%s %.4f %.4f\n', class(z), z(1), z(end));
d = double(y) + 1;
fprintf('%s %.2f\n', class(d), sum(d));
b = y > 0.5;
fprintf('%s %d %d %d\n', class(b), sum(b), any(y > 3), all(y >= 0));
s = single(2.5);
w = (x + s) ./ (1 + abs(x));
fprintf('%.5f %.5f %.2f\n', w(10), prod(w(1:5)), sum(w(1:100)));
% single rounding shows: 2^24 + 1 is 2^24 in single
u = single(16777216) + ones(1, 3) * single(1);
fprintf('%.1f %.1f\n', u(1), sum(u - 16777216));
% a double array meeting a single one converts to single
t = x .* linspace(1, 2, 1000);
fprintf('%s %.4f\n', class(t), t(500));
% reductions along a dim of a single matrix
A = reshape(single(1:12), 3, 4) / 4;
B = A .^ 2 + 1;
fprintf('%.4f ', sum(B)); fprintf('\n');
fprintf('%.4f ', sum(B, 2)); fprintf('\n');
fprintf('%.4f ', mean(B - 1, 2)); fprintf('\n');
fprintf('%s %s\n', class(sum(B, 2)), class(mean(B, 1)));
% longer integer-valued arrays: exact whatever the order of the additions
v = single(mod(1:50000, 9));
fprintf('%.1f %.1f %.4f\n', sum(v * 2 + 1), max(v - 3), mean(v));
