% RUN: %mcc %s -o %t && %mcc -fno-fusion %s -o %t.unfused
% RUN: env MCC_CHECK_LEAKS=1 %t > %t.out && %t.unfused > %t.unfused.out && diff %t.out %t.unfused.out
% RUN: FileCheck %s < %t.out
% Fused kernels keep MATLAB's rules for NaN, Inf and signed zeros: max and
% min skip NaN (all-NaN gives NaN) and keep the first of equal values, any
% ignores NaN, all counts it as true, comparisons with NaN are false except
% ~=, sign(-0) is 0, and logical results of fused comparisons combine with
% & and |.
x = [NaN, -0, 0, Inf, -Inf, 2, NaN, -3] + zeros(1, 8);
fprintf('%g %g\n', max(x .* 1), min(x + 0));
% CHECK: Inf -Inf
n = [NaN NaN] + zeros(1, 2);
fprintf('%g %g %d %d\n', max(n * 2), min(n - 1), any(n + 0), all(n + 0));
% CHECK: NaN NaN 0 1
z = [-1 1] .* zeros(1, 2);
fprintf('%g %g\n', 1 ./ max(z .* 1), 1 ./ min(z .* 1));
% CHECK: -Inf -Inf
s = sign(x .* 1);
fprintf('%g ', s); fprintf('\n');
% CHECK: NaN 0 0 1 -1 1 NaN -1
c = (x > 0) | (x ~= x);
d = (x >= -3) & ~(x == 2);
fprintf('%d ', c, d); fprintf('\n');
% CHECK: 1 0 0 1 0 1 1 0 0 1 1 1 0 0 0 1
fprintf('%g %g %g\n', sum(x * 0 + 1), prod(abs(x(2:6)) + 1), mean(floor(x / 2)));
% CHECK: NaN Inf NaN
