% bench/gpu (b): Monte Carlo price of a European call under geometric
% Brownian motion, M paths x 256 steps. The normals are drawn inside the
% time loop from a counter-based generator of (path i, step t, salt c):
%   s = mod(7919 i + 104729 t + 15485863 c, p),  p = 67108859 (prime),
%   three rounds of s = mod(s^2 + 12345, p),  u = (s + 0.5) / p,
% all exact in double (every value < 2^53), then Box-Muller. It is a
% benchmark generator, not a statistical one. bench/gpu/peers.py computes
% the same stream. M comes from the environment; lines marked @single are
% kept only in the single-precision build (bench/gpu/run.py makes both).
% Two first calls of one step are untimed: the device starts, idx goes to
% it and the kernels' pipelines are made (under MCC_DEVICE=auto the first
% may run on the CPU while idx is not on the device yet).
M = str2double(getenv('M'));
S0 = 100; K = 105; r = 0.05; sigma = 0.2; T = 1; steps = 256;
idx = (1:M)';
S = S0 * ones(M, 1);
S = single(S);  % @single
w = price(idx, S, 1, r, sigma, T, K);
w = price(idx, S, 1, r, sigma, T, K);
tic;
v = price(idx, S, steps, r, sigma, T, K);
t = toc;
% The inputs are used after the clock stops: freeing them (up to 2 GB) at
% their last use would otherwise fall inside the timed region.
fprintf('inputs %g %g\n', idx(end), S(end));
fprintf('result %.17g\nseconds %.9g\n', v, t);

function v = price(idx, S, steps, r, sigma, T, K)
  dt = T / steps;
  drift = (r - 0.5*sigma^2) * dt;
  vol = sigma * sqrt(dt);
  drift = single(drift); vol = single(vol);  % @single
  p = 67108859;
  for t = 1:steps
    s1 = mod(idx*7919 + t*104729, p);
    s2 = mod(idx*7919 + t*104729 + 15485863, p);
    s1 = mod(s1.*s1 + 12345, p); s1 = mod(s1.*s1 + 12345, p); s1 = mod(s1.*s1 + 12345, p);
    s2 = mod(s2.*s2 + 12345, p); s2 = mod(s2.*s2 + 12345, p); s2 = mod(s2.*s2 + 12345, p);
    z = sqrt(-2*log((s1 + 0.5)/p)) .* cos(2*pi*((s2 + 0.5)/p));
    z = single(z);  % @single
    S = S .* exp(drift + vol*z);
  end
  v = exp(-r*T) * mean(max(S - K, 0));
end
