% Benchmark check: sieve of Eratosthenes with a logical array.
n = 100000;
isp = true(1, n);
isp(1) = false;
for k = 2:floor(sqrt(n))
  if isp(k)
    isp(k * k:k:n) = false;
  end
end
p = find(isp);
fprintf('primes below %d: %d\n', n, numel(p));
fprintf('largest: %d\n', p(end));
fprintf('first ten: '); fprintf('%d ', p(1:10)); fprintf('\n');
fprintf('sum of primes below 1000: %d\n', sum(p(p < 1000)));
gaps = diff(p);
[g, i] = max(gaps);
fprintf('largest gap %d after %d\n', g, p(i));
