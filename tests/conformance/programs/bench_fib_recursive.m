% Benchmark check: naive recursive Fibonacci (function-call overhead).
n = 20;
f = fib(n);
fprintf('fib(%d) = %d\n', n, f);
for k = 0:10
  fprintf('%d ', fib(k));
end
fprintf('\n');
if f ~= 6765
  error('bench:fib', 'fib(20) should be 6765, got %d', f);
end
fprintf('ok\n');

function r = fib(n)
  if n < 2
    r = n;
  else
    r = fib(n - 1) + fib(n - 2);
  end
end
