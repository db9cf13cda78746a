% RUN: %mcc --emit=typed %s | FileCheck %s
% RUN: %mcc --emit=kernels %s | FileCheck %s --check-prefix=KERNELS
% ValueRange bounds powers and reductions: x.^2 (an even whole exponent)
% and a non-negative base to any power are never negative, so a sum of
% squares over (n - 1) is not, and the standard deviation sqrt(...) is
% real; a mean of logical values and a max and min of one array keep their
% operand's bounds. With sd real, the threshold test abs(v - mu) > sd joins
% the kernel of its mean and of the range (one kernel for its
% reductions, not a logical array written and read back).
n = 1000;
x = linspace(-1, 1, n);
v = x.^3 - 0.5*x;
mu = mean(v);
sd = sqrt(sum((v - mu).^2) / (n - 1));
frac = mean(abs(v - mu) > sd);
w = sqrt(max(v .^ 2) - min(abs(v)));
q = sqrt(prod(abs(v)) + mean(v .^ 4));
fprintf('%g %g %g %g %g\n', mu, sd, frac, real(w), q);
% CHECK: call builtin sqrt nargout=1 %{{[0-9]+}} : double scalar  ; line 14
% CHECK: call builtin sqrt nargout=1 %{{[0-9]+}} : double real? scalar  ; line 16
% CHECK: call builtin sqrt nargout=1 %{{[0-9]+}} : double scalar  ; line 17
% KERNELS: kernel k2 in {{.*}}: ({{.*}}, %{{[0-9]+}} scalar double, %{{[0-9]+}} scalar double) -> (%{{[0-9]+}} scalar double,
% KERNELS-NEXT: n0 = load in0 : double
% KERNELS: = gt n{{[0-9]+}}, n{{[0-9]+}} : logical
% KERNELS-NEXT: reduce mean
% KERNELS-NOT: kernel k2
% KERNELS: kernel k3
