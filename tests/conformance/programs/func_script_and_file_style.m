% Local functions with `end` after script code; nested control flow in both.
total = 0;
for k = 1:5
  total = total + weight(k);
end
fprintf('total weight: %g\n', total);
fprintf('label(3) = %s, label(8) = %s\n', label(3), label(8));
fprintf('tri(6) = %d\n', tri(6));

function w = weight(k)
  if mod(k, 2) == 0
    w = k / 2;
  else
    w = k;
  end
end

function s = label(n)
  switch n
    case {1, 2, 3}
      s = 'low';
    otherwise
      s = 'high';
  end
end

function t = tri(n)
  t = 0;
  k = 0;
  while k < n
    k = k + 1;
    t = t + k;
  end
end
