% Monte Carlo price of a European call under geometric Brownian motion,
% its time loop fused into one kernel (tests/lit/kernels/montecarlo.m
% describes the generator); the same price as Octave's to 6 decimals.
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
