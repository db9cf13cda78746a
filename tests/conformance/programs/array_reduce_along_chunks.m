% Reductions along dims fused with the element-wise ops before them, over
% slices long enough to be folded in several chunks (4,096 elements each:
% mcc_kernel_launch_along): along dim 1 and along a trailing dim with
% elements before it; sum, mean, prod, max, min, any and all, in double and
% single (a vecdim: array_reduce_along_chunks_vecdim_matlab). The values are small dyadic fractions, so every sum
% and product is exact in any order, and NaN, the extremes and the single
% true or false element sit in a late chunk.
O = ones(20000, 3);  % of a shape inference knows, so the reductions fuse
k = cumsum(O, 1) + 5 * cumsum(O, 2);
A = mod(k * 7, 11) / 4 - 1;
fprintf('%.17g ', sum(A * 2, 1)); fprintf('\n');
fprintf('%.17g ', mean(A + 1, 1)); fprintf('\n');
fprintf('%.17g ', prod(2 .^ (mod(k, 3) - 1) + 0, 1)); fprintf('\n');
fprintf('%.17g ', max(A - (k == 17000) * 5 + (k == 19001) * 3 + (k == 20013), [], 1)); fprintf('\n');
fprintf('%.17g ', min(A + (k == 12345) * -4, [], 1)); fprintf('\n');
fprintf('%d ', any(A > 1.5 | k == 20012, 1)); fprintf('\n');
fprintf('%d ', all(A > -1.5 & k ~= 20007, 1)); fprintf('\n');
% NaN in a late chunk: sum propagates it, max and min omit it
N = A;
N(15000, 2) = NaN;
fprintf('%g %.17g %.17g\n', sum(N * 1, 1), max(N + 0, [], 1), min(N * 2, [], 1));
% single: sums add exactly, products and extremes stay single
S = single(A);
fprintf('%s %s\n', class(sum(S * 2, 1)), class(max(S + 1, [], 1)));
fprintf('%.9g ', sum(S * 2, 1), mean(S - 1, 1), max(S + 1, [], 1), min(S .* S, [], 1)); fprintf('\n');
% along a trailing dim, elements before it
P = ones(2, 3, 10000);
j = cumsum(P, 3) + 3 * cumsum(P, 1) + cumsum(P, 2);
B = mod(j * 5, 9) / 8;
fprintf('%.17g ', sum(B * 4, 3)); fprintf('\n');
fprintf('%.17g ', mean(B - 1, 3)); fprintf('\n');
fprintf('%.17g ', max(B + (j == 9000) * 2 + (j == 10006), [], 3)); fprintf('\n');
fprintf('%d ', any(B > 0.99 & j > 10004, 3)); fprintf('\n');
