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
% linspace runs from its first end toward its last and stays within them
% (up to rounding past the last): log and sqrt of linspace(0.5, 50, n) and
% of linspace(3, 1, n) are real; of linspace(-1, 1, n) may be complex.
n = numel(r) + 100;
p = linspace(0.5, 50, n);
q = linspace(3, 1, n);
s = linspace(-1, 1, n);
z = log(p) + sqrt(q) + p.^0.8;
w = log(s);
fprintf('%g %g\n', z(2), real(w(1)));
% CHECK: call builtin log nargout=1 %{{[0-9]+}} : double 1x?
% CHECK: call builtin sqrt nargout=1 %{{[0-9]+}} : double 1x?
% CHECK: binary power %{{[0-9]+}}, %{{[0-9]+}} : double 1x?
% CHECK: call builtin log nargout=1 %{{[0-9]+}} : double real? 1x?
% double() and single() keep the bounds (single's widened by its rounding).
v = single(p);
y = log(v) + sqrt(double(q));
fprintf('%g\n', y(2));
% CHECK: call builtin log nargout=1 %{{[0-9]+}} : single 1x?
% CHECK: call builtin sqrt nargout=1 %{{[0-9]+}} : double 1x?
