% Recursive functions: factorial, gcd, binomial, mutual recursion, Ackermann.
for n = [0 1 5 10]
  fprintf('%d! = %d\n', n, fact(n));
end
fprintf('gcd(1071, 462) = %d\n', my_gcd(1071, 462));
fprintf('C(10,3) = %d\n', binom(10, 3));
for n = 0:5
  fprintf('%d even:%d odd:%d\n', n, is_even(n), is_odd(n));
end
fprintf('ackermann(2,3) = %d\n', ack(2, 3));
fprintf('hanoi moves for 6 discs: %d\n', hanoi(6, 1, 3, 2));
fprintf('digit sum of 98765: %d\n', digit_sum(98765));

function r = fact(n)
  if n <= 1, r = 1; else, r = n * fact(n - 1); end
end

function g = my_gcd(a, b)
  if b == 0, g = a; else, g = my_gcd(b, mod(a, b)); end
end

function c = binom(n, k)
  if k == 0 || k == n
    c = 1;
  else
    c = binom(n - 1, k - 1) + binom(n - 1, k);
  end
end

function r = is_even(n)
  if n == 0, r = true; else, r = is_odd(n - 1); end
end
function r = is_odd(n)
  if n == 0, r = false; else, r = is_even(n - 1); end
end

function r = ack(m, n)
  if m == 0
    r = n + 1;
  elseif n == 0
    r = ack(m - 1, 1);
  else
    r = ack(m - 1, ack(m, n - 1));
  end
end

function moves = hanoi(n, from, to, via)
  if n == 0
    moves = 0;
    return;
  end
  moves = hanoi(n - 1, from, via, to) + 1 + hanoi(n - 1, via, to, from);
end

function s = digit_sum(n)
  if n < 10, s = n; else, s = mod(n, 10) + digit_sum(floor(n / 10)); end
end
