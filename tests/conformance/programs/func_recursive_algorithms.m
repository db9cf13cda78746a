% Recursive algorithms: memoised Fibonacci with persistent Map, Towers of Hanoi move count,
% permutations, merge sort, recursive gcd, power set, flood fill on a grid.
fprintf('fib(50) = %d\n', fibm(50));
fprintf('hanoi moves(10) = %d\n', hanoi(10, 1, 3, 2));
p = perms_rec([1 2 3]);
fprintf('%d perms:', size(p, 1)); fprintf(' %d%d%d', p'); fprintf('\n');
fprintf('merge sort: %s\n', mat2str(msort([5 2 9 1 5 6 0 -3])));
fprintf('gcd %d, lcm %d\n', gcd_rec(1071, 462), lcm(12, 18));
ps = powerset({'a', 'b', 'c'});
fprintf('%d subsets:', numel(ps));
for k = 1:numel(ps)
  fprintf(' {%s}', strjoin(ps{k}, ','));
end
fprintf('\n');
G = [1 1 0 0; 0 1 0 1; 1 0 0 1; 1 1 0 1];
G = fill_region(G, 1, 1, 2);
fprintf('%d%d%d%d\n', G');
fprintf('ackermann(2,3) = %d\n', ack(2, 3));
fprintf('digits sum %d\n', digsum(987654321));
fprintf('binary %s\n', tobin(37));

function f = fibm(n)
  persistent memo
  if isempty(memo)
    memo = containers.Map('KeyType', 'double', 'ValueType', 'double');
  end
  if n <= 2
    f = 1;
  elseif isKey(memo, n)
    f = memo(n);
  else
    f = fibm(n - 1) + fibm(n - 2);
    memo(n) = f;
  end
end

function m = hanoi(n, from, to, via)
  if n == 0
    m = 0;
    return;
  end
  m = hanoi(n - 1, from, via, to) + 1 + hanoi(n - 1, via, to, from);
end

function P = perms_rec(v)
  if numel(v) <= 1
    P = v;
    return;
  end
  P = zeros(0, numel(v));
  for i = 1:numel(v)
    rest = v([1:i-1, i+1:end]);
    sub = perms_rec(rest);
    P = [P; repmat(v(i), size(sub, 1), 1), sub];
  end
end

function s = msort(v)
  if numel(v) <= 1
    s = v;
    return;
  end
  mid = floor(numel(v) / 2);
  a = msort(v(1:mid));
  b = msort(v(mid+1:end));
  s = zeros(1, numel(v));
  i = 1; j = 1;
  for k = 1:numel(v)
    if j > numel(b) || (i <= numel(a) && a(i) <= b(j))
      s(k) = a(i); i = i + 1;
    else
      s(k) = b(j); j = j + 1;
    end
  end
end

function g = gcd_rec(a, b)
  if b == 0
    g = a;
  else
    g = gcd_rec(b, mod(a, b));
  end
end

function ps = powerset(s)
  if isempty(s)
    ps = {{}};
    return;
  end
  rest = powerset(s(2:end));
  with = cellfun(@(x) [s(1), x], rest, 'UniformOutput', false);
  ps = [rest, with];
end

function G = fill_region(G, r, c, v)
  if r < 1 || c < 1 || r > size(G, 1) || c > size(G, 2) || G(r, c) ~= 1
    return;
  end
  G(r, c) = v;
  G = fill_region(G, r + 1, c, v);
  G = fill_region(G, r - 1, c, v);
  G = fill_region(G, r, c + 1, v);
  G = fill_region(G, r, c - 1, v);
end

function a = ack(m, n)
  if m == 0
    a = n + 1;
  elseif n == 0
    a = ack(m - 1, 1);
  else
    a = ack(m - 1, ack(m, n - 1));
  end
end

function s = digsum(n)
  if n < 10
    s = n;
  else
    s = mod(n, 10) + digsum(floor(n / 10));
  end
end

function b = tobin(n)
  if n < 2
    b = sprintf('%d', n);
  else
    b = [tobin(floor(n / 2)) sprintf('%d', mod(n, 2))];
  end
end
