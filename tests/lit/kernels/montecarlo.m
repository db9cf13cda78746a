% RUN: %mcc --emit=kernels %s | FileCheck %s
% RUN: %mcc %s -o %t && %mcc -fno-fusion %s -o %t.unfused
% RUN: env MCC_CHECK_LEAKS=1 %t | FileCheck --check-prefix=OUT %s
% RUN: %t.unfused | FileCheck --check-prefix=OUT %s
%
% Monte Carlo price of a European call under geometric Brownian motion
% (the MATLAB side of bench (b)): M paths x 256 steps, the normals drawn
% inside the time loop from a counter-based generator in exact double
% arithmetic (every value is an integer below 2^48), so that NumPy and
% PyTorch can draw the identical stream, e.g. in int64:
%   m = 2^31 - 1;  R(s) = mod(s * (mod(s, 65536) + 16807), m)
%   for path i = 1..M and step t = 1..nsteps:
%     s0 = mod(4096*i + t, m - 1) + 1          (in 1..m-1)
%     s1 = R(R(R(s0)));  u1 = s1 / m           (in (0, 1))
%     s2 = R(s1);        u2 = s2 / m
%     z  = sqrt(-2*log(u1)) * cos(2*pi*u2)     (Box-Muller)
%     S  = S * exp((r - 0.5*sigma^2)*dt + (sigma*sqrt(dt))*z)
% then price = exp(-r*T) * mean(max(S - K, 0)).
% The whole loop is one kernel: each path runs its 256 steps without its S
% going through memory in between, and the payoff's mean joins it.
M = 4096; nsteps = 256;
S0 = 100; K = 100; r = 0.05; sigma = 0.2; T = 1;
dt = T / nsteps;
m = 2147483647;
S = S0 * ones(M, 1);
idx = (1:M)';
for t = 1:nsteps
  s = mod(4096*idx + t, m - 1) + 1;
  s = mod(s .* (mod(s, 65536) + 16807), m);
  s = mod(s .* (mod(s, 65536) + 16807), m);
  s = mod(s .* (mod(s, 65536) + 16807), m);
  u1 = s / m;
  s = mod(s .* (mod(s, 65536) + 16807), m);
  u2 = s / m;
  z = sqrt(-2*log(u1)) .* cos(2*pi*u2);
  S = S .* exp((r - 0.5*sigma^2)*dt + sigma*sqrt(dt)*z);
end
price = exp(-r*T) * mean(max(S - K, 0));
fprintf('%.6f\n', price);
% OUT: 10.398175
% CHECK: kernel k0 in montecarlo: ({{.*}}) -> (%{{[0-9]+}} scalar double) over double 4096x1
% CHECK: loop t = n{{[0-9]+}}:n{{[0-9]+}}, n{{[0-9]+}} steps
% CHECK-NEXT: c0 from n{{[0-9]+}} : double
% CHECK-NEXT: = t : double
% CHECK: = mod
% CHECK: = log
% CHECK: = sqrt
% CHECK: = cos
% CHECK: = exp
% CHECK: end loop: c0 = n
% CHECK-NEXT: = final c0 : double
% CHECK-NEXT: = minus
% CHECK-NEXT: = max
% CHECK-NEXT: = reduce mean
% CHECK-NOT: loop t
