n = 2000;
% Julia's micro-benchmark: sum of 1/k^2 for k <= 10000, repeated n times.
s = 0;
for j = 1:n
  s = 0;
  for k = 1:10000
    s = s + 1 / (k * k);
  end
end
fprintf('pi_sum = %.12f\n', s);
