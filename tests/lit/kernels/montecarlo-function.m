% RUN: %mcc --emit=kernels %s | FileCheck %s
% RUN: %mcc %s -o %t && %mcc -fno-fusion %s -o %t.unfused
% RUN: env MCC_CHECK_LEAKS=1 %t | FileCheck --check-prefix=OUT %s
% RUN: %t.unfused | FileCheck --check-prefix=OUT %s
%
% bench/gpu/montecarlo.m's price(): the time loop sits in a function whose
% path index idx is a parameter. Every call passes whole numbers ((1:M)'),
% so in price() each mod(...) is whole and below p, (s + 0.5)/p < 1, the
% Box-Muller radius is real and the whole loop is one kernel with the
% payoff's mean joined.
M = 2048;
S0 = 100; K = 105; r = 0.05; sigma = 0.2; T = 1; steps = 64;
idx = (1:M)';
S = S0 * ones(M, 1);
v = price(idx, S, steps, r, sigma, T, K);
fprintf('%.8f\n', v);
% OUT: 8.04261020
% (what GNU Octave prints)

function v = price(idx, S, steps, r, sigma, T, K)
  dt = T / steps;
  drift = (r - 0.5*sigma^2) * dt;
  vol = sigma * sqrt(dt);
  p = 67108859;
  for t = 1:steps
    s1 = mod(idx*7919 + t*104729, p);
    s2 = mod(idx*7919 + t*104729 + 15485863, p);
    s1 = mod(s1.*s1 + 12345, p); s1 = mod(s1.*s1 + 12345, p); s1 = mod(s1.*s1 + 12345, p);
    s2 = mod(s2.*s2 + 12345, p); s2 = mod(s2.*s2 + 12345, p); s2 = mod(s2.*s2 + 12345, p);
    z = sqrt(-2*log((s1 + 0.5)/p)) .* cos(2*pi*((s2 + 0.5)/p));
    S = S .* exp(drift + vol*z);
  end
  v = exp(-r*T) * mean(max(S - K, 0));
end
% CHECK: kernel k{{[0-9]+}} in montecarlo-function>price<{{.*}}>: ({{.*}}) -> (%{{[0-9]+}} scalar double) over double 2048x1
% CHECK: loop t = n{{[0-9]+}}:n{{[0-9]+}}
% CHECK: = mod
% CHECK: = sqrt
% CHECK: end loop
% CHECK: = reduce mean
% CHECK-NOT: loop t
