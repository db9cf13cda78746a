% A time loop fused over single arrays: the generator and the normals in
% double, the path in single as MATLAB computes it (single wins: the double
% scalars and z are rounded to single first), and the payoff's mean, a
% single, joined to the loop's kernel. Printed to the digits single keeps.
M = 1000; nsteps = 50;
idx = (1:M)';
S = single(100 * ones(M, 1));
drift = single(0.0001); vol = single(0.01);
for t = 1:nsteps
  u = mod(idx*7919 + t*104729, 65521) / 65521;
  z = single(sqrt(-2*log(u + 0.5/65521)) .* cos(2*pi*u));
  S = S .* exp(drift + vol*z);
  S = max(S, 95);
end
fprintf('%s %.3f %.3f\n', class(S), S(1), S(M));
p = mean(max(S - 100, 0));
fprintf('%s %.2f\n', class(p), p);
