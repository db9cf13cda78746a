n = 200;
% Julia's micro-benchmark: in-place quicksort of 5000 pseudo-random doubles
% (a Park-Miller generator, so that the C version sorts the same data),
% repeated n times. The array is passed to the recursive function and
% returned: mcc moves it, so every x(i) = v updates in place.
len = 5000;
total = 0;
seed = 42;
for r = 1:n
  x = zeros(1, len);
  for k = 1:len
    seed = mod(seed * 16807, 2147483647);
    x(k) = seed / 2147483647;
  end
  x = qsort(x, 1, len);
  for k = 2:len
    if x(k - 1) > x(k)
      error('not sorted');
    end
  end
  total = total + x(1) + x(len);
end
fprintf('quicksort: %.12f\n', total);

function a = qsort(a, lo, hi)
  i = lo;
  j = hi;
  while i < hi
    pivot = a(floor((lo + hi) / 2));
    while i <= j
      while a(i) < pivot
        i = i + 1;
      end
      while a(j) > pivot
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
    if lo < j
      a = qsort(a, lo, j);
    end
    lo = i;
    j = hi;
  end
end
