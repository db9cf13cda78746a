% for over ranges: steps, negative steps, empty ranges, loop variable rules.
for k = 1:3
  fprintf('k=%d ', k);
end
fprintf('\n');
for k = 10:-3:1
  fprintf('%d ', k);
end
fprintf('\n');
for k = 0:0.25:1
  fprintf('%.2f ', k);
end
fprintf('\n');
n = 0;
for k = 5:4
  n = n + 1;
end
fprintf('empty range iterations: %d\n', n);
for k = 1:0
  disp('not printed');
end
% changing the loop variable does not change the iteration sequence
for k = 1:3
  fprintf('%d', k);
  k = k * 10;
  fprintf('->%d ', k);
end
fprintf('\n');
fprintf('after loop k = %d\n', k);
% the range is evaluated once
m = 3;
count = 0;
for k = 1:m
  m = 10;
  count = count + 1;
end
fprintf('count = %d\n', count);
% nested
total = 0;
for i = 1:4
  for j = i:4
    total = total + i * j;
  end
end
fprintf('nested total = %d\n', total);
for k = -2:2
  fprintf('%d ', abs(k));
end
fprintf('\n');
s = 0;
for k = 1:1000
  s = s + k;
end
fprintf('sum 1..1000 = %d\n', s);
for k = 7
  fprintf('scalar loop runs once: %d\n', k);
end
