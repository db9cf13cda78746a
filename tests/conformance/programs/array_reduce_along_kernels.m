% Reductions along dims fused with the element-wise ops before them (what
% the GPU runs with one invocation per output element): sum, prod, mean,
% max, min, any and all along dims 1, 2 and 3, in double and single, with
% NaN (max and min omit it unless a slice is all NaN; sum and mean
% propagate it) and empty dims. Vecdims: array_reduce_vecdim_matlab.
O = ones(3, 4, 5);  % of a shape inference knows, so the reductions fuse
A = mod(cumsum(O, 1) * 7 + cumsum(O, 2) * 3 + cumsum(O, 3) * 5, 11) / 4 - 1;
fprintf('%.6g ', sum(A .^ 2, 1)); fprintf('\n');
fprintf('%.6g ', sum(A .^ 2, 2)); fprintf('\n');
fprintf('%.6g ', sum(abs(A), 3)); fprintf('\n');
fprintf('%.6g ', mean(A * 2, 2)); fprintf('\n');
fprintf('%.6g ', mean(A + 1, 3)); fprintf('\n');
fprintf('%.6g ', prod(A / 2 + 1, 1)); fprintf('\n');
fprintf('%.6g ', prod(A + 2, 3)); fprintf('\n');
fprintf('%.6g ', max(abs(A), [], 2)); fprintf('\n');
fprintf('%.6g ', min(A - 1, [], 3)); fprintf('\n');
fprintf('%.6g ', max(A * 3, [], 1)); fprintf('\n');
fprintf('%d ', any(A > 1, 2)); fprintf('\n');
fprintf('%d ', all(A > -1, 3)); fprintf('\n');
% normalisation along rows
X = mod((1:4)' * 5 + (1:6) * 3, 13) / 3;
Z = (X - mean(X, 2)) ./ std(X, 0, 2);
fprintf('%.6f ', Z); fprintf('\n');
fprintf('%.6g ', sum(Z .^ 2, 2)); fprintf('\n');
% NaN and Inf
N = [1 NaN 3; NaN NaN NaN; -2 5 NaN; Inf 0 -Inf];
fprintf('%g ', max(N + 0), min(N * 3)); fprintf('\n');
fprintf('%g ', max(N + 0, [], 2)); fprintf('\n');
fprintf('%g ', min(N * 2, [], 2)); fprintf('\n');
fprintf('%g ', max(N - 1, [], 1)); fprintf('\n');
fprintf('%g ', min(N - 1, [], 1)); fprintf('\n');
fprintf('%g ', sum(N * 1, 2)); fprintf('\n');
fprintf('%g ', mean(N + 1, 1)); fprintf('\n');
fprintf('%g ', prod(N * 1, 2)); fprintf('\n');
fprintf('%d ', any(N * 1, 2)); fprintf('\n');
fprintf('%d ', all(N * 1, 1)); fprintf('\n');
% single
S = single(A);
fprintf('%s %s %s\n', class(sum(S .^ 2, 2)), class(max(S * 2, [], 1)), class(mean(S + 1, 3)));
fprintf('%.4f ', sum(S .^ 2, 2)); fprintf('\n');
fprintf('%.4f ', mean(S * 3, 1)); fprintf('\n');
fprintf('%.4f ', mean(S - 1, 3)); fprintf('\n');
fprintf('%.4f ', prod(S / 2 + 1, 2)); fprintf('\n');
fprintf('%.4f ', max(abs(S), [], 3)); fprintf('\n');
fprintf('%.4f ', min(S + 1, [], 1)); fprintf('\n');
SN = single(N);
fprintf('%g ', max(SN * 2, [], 2)); fprintf('\n');
fprintf('%g ', min(SN + 1, [], 1)); fprintf('\n');
fprintf('%g ', sum(SN - 1, 2)); fprintf('\n');
% larger: long slices, many slices
B = mod((1:300)' * 0.6180339887498949 + (1:100) * 0.4142135623730951, 1);
c = sum(B .* 2, 1);
r = sum(B .* 2, 2);
fprintf('%.6f ', c(1:5), r(1:5)); fprintf('\n');
fprintf('%.6f %.6f\n', max(max(B - 0.5, [], 2)), min(min(B + 1, [], 1)));
fprintf('%.6f %.3f\n', sum(mean(B .^ 2, 1)), sum(mean(single(B) .^ 2, 2)));  % Octave adds single in single
% empty dims
E = zeros(3, 0) + 1;
fprintf('%d %d | ', size(sum(E * 2, 2)), size(prod(E + 1, 1)), size(mean(E + 1, 1)));
fprintf('\n');
fprintf('%g ', sum(E * 2, 2), prod(E + 1, 2), mean(E - 1, 2)); fprintf('\n');
