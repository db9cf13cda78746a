% RUN: %mcc %s -o %t
% RUN: env MCC_DEVICE=cpu %t > %t.cpu
% RUN: %gpu-env MCC_DEVICE=gpu MCC_TRACE=1 MCC_CHECK_LEAKS=1 %t > %t.gpu 2> %t.gpu.trace
% RUN: diff %t.cpu %t.gpu
% RUN: FileCheck %s < %t.gpu
% RUN: FileCheck --check-prefix=GPU %s < %t.gpu.trace
% Reductions along dims run on the GPU (lavapipe), one invocation per
% output element folding its slice in the CPU kernel's order, and print
% what the CPU run prints to the last bit: sums of double and of single
% (added in double, rounded once), means, products, max and min with NaN,
% any and all (logical results, written as bytes),
% a vecdim, expanded inputs (normalisation along rows), and element outputs
% of the same kernel.
A = mod((1:200)' * 0.6180339887498949 + (1:300) * 0.4142135623730951, 1) - 0.3;
fprintf('%.17g %.17g %.17g\n', sum(sum(A .^ 2, 1)), sum(sum(A .^ 2, 2)), sum(prod(A / 8 + 1, 2)));
% CHECK: {{^[0-9.]+ [0-9.]+ [0-9.]+$}}
s1 = sum(A .* 3, 1); s2 = mean(A - 1, 2); m1 = max(abs(A), [], 2); m2 = min(A * 2, [], 1);
fprintf('%.17g ', s1(1:3), s2(1:3), m1(1:3), m2(1:3)); fprintf('\n');
S = single(A);
t1 = sum(S .^ 2, 1); t2 = mean(S * 3, 2); t3 = max(S - 1, [], 1); t4 = prod(S / 16 + 1, 2);
fprintf('%s %.9g %.9g %.9g %.9g %.9g\n', class(t1), t1(7), t2(9), t3(11), t4(13), sum(double(t1)));
% CHECK: single
rng(3);
B = rand(20, 30, 100);
v1 = sum(B * 2, [1 2]); v2 = mean(single(B) + 1, [2 3]); v3 = sum(B - 1, 3);
fprintf('%.17g %.9g %.17g\n', v1(5), v2(7), v3(3, 4));
Z = (A - mean(A, 2)) ./ std(A, 0, 2);
% (sum(Z(:)) is a sum over 'all', which the GPU folds in another order than
% the CPU; Z's terms cancel to 1e-10, so its check sums magnitudes to 12 digits)
fprintf('%.17g %.12g\n', Z(17, 33), sum(abs(Z(:))));
N = A;
N(3, :) = NaN;
N(5, 7) = NaN;
n1 = max(N * 2, [], 2); n2 = min(N + 1, [], 2); n3 = sum(N * 1, 2);
fprintf('%g %g %g %.17g %.17g\n', n1(3), n2(3), n3(5), n1(5), n2(5));
% CHECK: NaN NaN NaN
l1 = any(A > 0.6, 2); l2 = all(N * 1 > -0.25, 1); l3 = any(N * 2, 2);
fprintf('%s %d %d %d %d %d\n', class(l1), sum(l1), sum(l2), l1(3), l2(7), sum(l3));
% CHECK-NEXT: logical
% GPU: device=gpu
