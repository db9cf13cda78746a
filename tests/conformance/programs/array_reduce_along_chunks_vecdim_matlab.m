% EXPECTED: hand-written
% Reductions over a vecdim of trailing dims (sum(C, [2 3]); MATLAB R2018b+,
% the sum, prod, mean, max and min documentation: "operates on the
% dimensions specified in the vector vecdim") fused with the element-wise
% ops before them, over slices long enough to be folded in several chunks
% (mcc_kernel_launch_along: 20,000 elements a slice, chunks of 40 indices
% of dim 3). The values are small dyadic fractions, so every sum and
% product is exact in any order. Octave 7 has no vecdim; the expected
% output is Octave's for the same reductions one dim after the other
% (sum(sum(X, 2), 3) and mean's sum over the count).
Q = ones(3, 100, 200);  % of a shape inference knows, so the reductions fuse
h = cumsum(Q, 2) + 7 * cumsum(Q, 3) + cumsum(Q, 1);
C = mod(h * 3, 13) / 16 - 0.25;
fprintf('%.17g ', sum(C * 2, [2 3])); fprintf('\n');
fprintf('%.17g ', mean(C + 2, [2 3])); fprintf('\n');
fprintf('%.17g ', prod(2 .^ (mod(h, 3) - 1) + 0, [2 3])); fprintf('\n');
fprintf('%d ', size(sum(C - 1, [2 3]))); fprintf('\n');
S = single(C);
fprintf('%s %.9g %.9g %.9g\n', class(sum(S * 2, [2 3])), sum(S * 2, [2 3]));
