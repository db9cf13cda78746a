% Functions with several outputs; ignoring outputs with ~; fewer outputs requested.
[s, p] = sum_prod([1 2 3 4]);
fprintf('sum %d prod %d\n', s, p);
s = sum_prod([5 6]);
fprintf('first output only: %d\n', s);
[~, p] = sum_prod([5 6]);
fprintf('second output only: %d\n', p);
[q, r] = divmod(17, 5);
fprintf('17 = 5*%d + %d\n', q, r);
[mn, mx, rng] = stats([4 -2 9 1]);
fprintf('min %d max %d range %d\n', mn, mx, rng);
[mn, ~, rng] = stats([4 -2 9 1]);
fprintf('min %d range %d\n', mn, rng);
[a, b] = swap(1, 2);
fprintf('swapped: %d %d\n', a, b);
[a, b] = swap(a, b);
fprintf('swapped back: %d %d\n', a, b);
fprintf('used in expression: %d\n', sum_prod([1 1 1]) * 10);
[m, i] = max([3 9 2 9]);
fprintf('builtin two outputs: %d at %d\n', m, i);
[~, i] = min([3 9 2 9]);
fprintf('index only: %d\n', i);
[r, c] = size(zeros(3, 5));
fprintf('size as two outputs: %d %d\n', r, c);
v = zeros(1, 2);
[v(1), v(2)] = divmod(23, 7);
fprintf('outputs into indexed targets: %d %d\n', v);

function [s, p] = sum_prod(x)
  s = sum(x);
  p = prod(x);
end

function [q, r] = divmod(a, b)
  q = floor(a / b);
  r = a - q * b;
end

function [lo, hi, spread] = stats(x)
  lo = min(x);
  hi = max(x);
  spread = hi - lo;
end

function [b, a] = swap(a, b)
end
