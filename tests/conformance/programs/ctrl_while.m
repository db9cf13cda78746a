% while loops: counters, convergence, break, continue, array conditions.
n = 27;
steps = 0;
while n ~= 1
  if mod(n, 2) == 0
    n = n / 2;
  else
    n = 3 * n + 1;
  end
  steps = steps + 1;
end
fprintf('collatz(27) steps: %d\n', steps);
x = 1;
while x < 1000
  x = x * 2;
end
fprintf('first power of 2 >= 1000: %d\n', x);
% Newton's method for sqrt(2)
r = 1;
it = 0;
while abs(r^2 - 2) > 1e-12
  r = (r + 2 / r) / 2;
  it = it + 1;
end
fprintf('sqrt(2) ~ %.12f after %d iterations\n', r, it);
% condition false at the start
k = 10;
while k < 5, k = k + 1; end
fprintf('k unchanged: %d\n', k);
% while true with break
k = 0;
while true
  k = k + 1;
  if k >= 4
    break;
  end
end
fprintf('broke at %d\n', k);
% continue skips the rest of the body
k = 0;
odd = [];
while k < 10
  k = k + 1;
  if mod(k, 2) == 0
    continue;
  end
  odd(end + 1) = k;
end
fprintf('odd: '); fprintf('%d ', odd); fprintf('\n');
% array condition: all elements must be nonzero
v = [3 2 1];
while v
  v = v - 1;
end
fprintf('v after loop: '); fprintf('%d ', v); fprintf('\n');
% empty condition is false
c = 0;
while [], c = c + 1; end
fprintf('empty condition iterations: %d\n', c);
