% Loop patterns: while with a tolerance and an iteration cap, break out of nested loops with
% a flag, continue to skip, for over a matrix's columns, for over a cell array, loop counters.
x = 1;
k = 0;
while true
  xn = cos(x);
  k = k + 1;
  if abs(xn - x) < 1e-8 || k >= 1000
    break;
  end
  x = xn;
end
fprintf('cos fixed point %.8f after %d iterations\n', xn, k);
found = false;
for i = 1:10
  for j = i:10
    if i * j == 42
      found = true;
      break;
    end
  end
  if found, break; end
end
fprintf('first pair with product 42: %d x %d\n', i, j);
total = 0;
for v = 1:20
  if mod(v, 3) == 0 || mod(v, 5) == 0
    continue;
  end
  total = total + v;
end
fprintf('sum of non-multiples of 3 or 5 up to 20: %d\n', total);
M = [1 2 3; 4 5 6];
for col = M
  fprintf('column [%d %d] sum %d\n', col(1), col(2), sum(col));
end
for c = {'red', 'green', 'blue'}
  fprintf('%s has %d letters\n', c{1}, length(c{1}));
end
num = 907; rev = 0;
while num > 0
  rev = rev * 10 + mod(num, 10);
  num = floor(num / 10);
end
fprintf('digits reversed: %d\n', rev);
count = 0;
for i = 10:-2:1
  count = count + 1;
end
fprintf('descending loop ran %d times, last i %d\n', count, i);
p = 1;
do_more = true;
while do_more
  p = p * 2;
  do_more = p < 1000;
end
fprintf('first power of 2 >= 1000: %d\n', p);
primes_found = [];
cand = 2;
while numel(primes_found) < 10
  if all(mod(cand, primes_found) ~= 0)
    primes_found(end+1) = cand;
  end
  cand = cand + 1;
end
fprintf('primes: %s\n', mat2str(primes_found));
