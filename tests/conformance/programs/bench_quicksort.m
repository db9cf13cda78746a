% Benchmark check: in-place quicksort (Hoare-style partition) on a fixed pseudo-random vector.
n = 2000;
x = zeros(1, n);
seed = 12345;
for k = 1:n
  % Park-Miller generator: every product stays below 2^53, so it is exact
  seed = mod(16807 * seed, 2147483647);
  x(k) = mod(seed, 10007);
end
y = qsort(x, 1, n);
fprintf('n = %d, first %d, last %d, sum %d\n', n, y(1), y(end), sum(y));
fprintf('sorted: %d\n', all(diff(y) >= 0));
fprintf('same as sort(): %d\n', isequal(y, sort(x)));
fprintf('first ten: '); fprintf('%d ', y(1:10)); fprintf('\n');

function a = qsort(a, lo, hi)
  while lo < hi
    p = a(floor((lo + hi) / 2));
    i = lo;
    j = hi;
    while i <= j
      while a(i) < p
        i = i + 1;
      end
      while a(j) > p
        j = j - 1;
      end
      if i <= j
        t = a(i);
        a(i) = a(j);
        a(j) = t;
        i = i + 1;
        j = j - 1;
      end
    end
    % recurse into the smaller part, loop on the larger
    if j - lo < hi - i
      a = qsort(a, lo, j);
      lo = i;
    else
      a = qsort(a, i, hi);
      hi = j;
    end
  end
end
