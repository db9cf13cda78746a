% series.m - scalar loops compiled to machine code: partial sums of two
% series and the Collatz step counts of a few numbers.
n = 100000;
s = 0;
for k = 1:n
  s = s + 1 / (k * k);
end
fprintf('sum of 1/k^2 for k <= %d: %.12f (pi^2/6 = %.12f)\n', n, s, pi^2 / 6);

alt = 0;
for k = 0:n
  alt = alt + (-1)^k / (2 * k + 1);
end
fprintf('4 * sum of (-1)^k/(2k+1): %.12f\n', 4 * alt);

fprintf('collatz steps: 7 -> %d, 27 -> %d, 97 -> %d\n', collatz(7), collatz(27), collatz(97));

function steps = collatz(x)
  steps = 0;
  while x ~= 1
    if mod(x, 2) == 0
      x = x / 2;
    else
      x = 3 * x + 1;
    end
    steps = steps + 1;
  end
end
