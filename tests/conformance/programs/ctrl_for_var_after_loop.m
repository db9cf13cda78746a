% The loop variable after a for loop: the last value it took (or what the body made of it, or its value at a break), and empty when the loop never ran, whether it had a value before or none.
k = 7;
for k = 1:0
end
fprintf('after 1:0: isempty %d, numel %d, class %s\n', isempty(k), numel(k), class(k));
n = 0;
v = 5;
for v = 1:n
end
fprintf('after 1:n, n=0: isempty %d\n', isempty(v));
n = 4;
for v = 1:n
end
fprintf('after 1:n, n=4: %d\n', v);
for j = 1:10
  if j * j > 30, break; end
end
fprintf('at break: %d\n', j);
for j = 1:3
  j = j * 10;
end
fprintf('changed in the body: %d\n', j);
for ch = 'xyz'
end
fprintf('char: %s\n', ch);
total = 0;
for r = 1:4
  for c = 1:r-1
    total = total + c;
  end
  fprintf('r=%d: c empty %d', r, isempty(c));
  if ~isempty(c), fprintf(', c=%d', c); end
  fprintf('\n');
end
fprintf('total %d\n', total);
w = 'before';
for w = {}
end
fprintf('after {}: isempty %d\n', isempty(w));
for q = 1:10
end
fprintf('q+1 = %d\n', q + 1);
