% Benchmark check: the "pisum" double loop, sum of 1/k^2 repeated.
reps = 50;
n = 10000;
s = 0;
for j = 1:reps
  s = 0;
  for k = 1:n
    s = s + 1 / (k * k);
  end
end
fprintf('pisum = %.15f\n', s);
fprintf('pi^2/6 - pisum = %.6e\n', pi^2 / 6 - s);
if abs(s - 1.644834071848065) > 1e-12
  error('bench:pisum', 'wrong result');
end
% vectorised form of the same sum, for comparison
v = sum(1 ./ ((1:n) .^ 2));
fprintf('vectorised matches: %d\n', abs(v - s) < 1e-12);
