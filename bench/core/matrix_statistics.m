n = 5000;
% Julia's micro-benchmark (randmatstat): for n random 5x5 matrices a, b, c, d,
% the traces of (P'P)^4 and (Q'Q)^4 with P = [a b c d] and Q = [a b; c d],
% and the ratio std/mean of each. Entries from a Park-Miller generator so
% that the C version computes on the same numbers.
seed = 42;
v = zeros(n, 1);
w = zeros(n, 1);
for i = 1:n
  m = zeros(5, 20);
  for k = 1:100
    seed = mod(seed * 16807, 2147483647);
    m(k) = seed / 2147483647 - 0.5;
  end
  a = m(:, 1:5);
  b = m(:, 6:10);
  c = m(:, 11:15);
  d = m(:, 16:20);
  P = [a b c d];
  Q = [a b; c d];
  v(i) = trace((P' * P)^4);
  w(i) = trace((Q' * Q)^4);
end
fprintf('matrix_statistics: %.6f %.6f\n', std(v) / mean(v), std(w) / mean(w));
