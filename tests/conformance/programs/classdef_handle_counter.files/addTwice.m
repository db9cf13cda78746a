function addTwice(c, k)
  % Changes the caller's counter without returning it.
  c.add(k);
  add(c, k);
end
