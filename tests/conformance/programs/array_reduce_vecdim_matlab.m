% EXPECTED: hand-written
% Reductions over a vecdim (sum(A, [1 2]), mean(A, [2 3]); MATLAB R2018b+,
% the sum, prod and mean documentation: "operates on the dimensions
% specified in the vector vecdim") fused with the element-wise ops before
% them, in double and single. Octave 7 has no vecdim; the expected output is
% Octave's for the same reductions one dim after the other
% (sum(sum(X, 1), 2) and mean's sum over the count).
O = ones(3, 4, 5);  % of a shape inference knows, so the reductions fuse
A = mod(cumsum(O, 1) * 7 + cumsum(O, 2) * 3 + cumsum(O, 3) * 5, 11) / 4 - 1;
fprintf('%.6g ', sum(A .* 2, [1 2])); fprintf('\n');
fprintf('%.6g ', sum(A - 1, [2 3])); fprintf('\n');
fprintf('%.6g ', mean(A .^ 2, [1 2])); fprintf('\n');
fprintf('%.6g ', prod(A / 4 + 1, [2 3])); fprintf('\n');
fprintf('%d ', size(sum(A * 2, [1 2])), size(mean(A + 1, [2 3]))); fprintf('\n');
S = single(A);
fprintf('%s %s\n', class(sum(S * 3, [1 2])), class(mean(S - 2, [2 3])));
fprintf('%.4f ', sum(S .* 3, [1 2])); fprintf('\n');
fprintf('%.4f ', mean(S - 2, [2 3])); fprintf('\n');
N = A;
N(2, 3, 4) = NaN;
fprintf('%g ', sum(N * 2, [1 2])); fprintf('\n');
P = ones(40, 30, 20);
B = mod(cumsum(P, 1) * 0.6180339887498949 + cumsum(P, 2) * 0.4142135623730951 + cumsum(P, 3) * 0.7320508075688772, 1);
fprintf('%.6f ', mean(B .* 2, [1 2])); fprintf('\n');
