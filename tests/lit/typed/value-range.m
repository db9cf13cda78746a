% RUN: %mcc --emit=typed %s | FileCheck %s
% sqrt, log and ^ of values never negative are real (ir/ValueRange): a
% remainder mod a positive constant over that constant is in [0, 1], its
% log at most 0, so Box-Muller's radius sqrt(-2*log(u)) is real, as is
% sqrt of an exp or of 1:n; sqrt(x - 2) of the same values may be complex.
m = 2147483647;
idx = (1:8)';
u = mod(16807*idx, m) / m;
r = sqrt(-2*log(u));
h = sqrt(exp(idx)) + sqrt(1:3) + idx.^0.5;
c = sqrt(u - 2);
fprintf('%g %g %g\n', r(1), h(2), real(c(1)));
% CHECK: call builtin log nargout=1 %{{[0-9]+}} : double 8x1
% CHECK: call builtin sqrt nargout=1 %{{[0-9]+}} : double 8x1
% CHECK: call builtin sqrt nargout=1 %{{[0-9]+}} : double 8x1
% CHECK: call builtin sqrt nargout=1 %{{[0-9]+}} : double 1x3
% CHECK: binary power %{{[0-9]+}}, %{{[0-9]+}} : double 8x1
% CHECK: call builtin sqrt nargout=1 %{{[0-9]+}} : double real? 8x1
