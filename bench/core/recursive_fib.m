n = 35;
% Julia's micro-benchmark: naive recursive Fibonacci.
fprintf('fib(%d) = %d\n', n, fib(n));
function r = fib(n)
  if n < 2
    r = n;
  else
    r = fib(n - 1) + fib(n - 2);
  end
end
