% break and continue: innermost loop only, in for and while.
for i = 1:3
  for j = 1:3
    if j == 2
      break;
    end
    fprintf('(%d,%d) ', i, j);
  end
end
fprintf('\n');
for i = 1:3
  for j = 1:3
    if j == 2
      continue;
    end
    fprintf('(%d,%d) ', i, j);
  end
end
fprintf('\n');
% find the first prime above 100 with a flag
n = 100;
found = false;
while ~found
  n = n + 1;
  isp = true;
  for d = 2:floor(sqrt(n))
    if mod(n, d) == 0
      isp = false;
      break;
    end
  end
  if isp
    found = true;
  end
end
fprintf('first prime above 100: %d\n', n);
% loop variable keeps its value after break
for k = 1:10
  if k * k > 30
    break;
  end
end
fprintf('k after break: %d\n', k);
% break out of while inside for
hits = 0;
for i = 1:3
  j = 0;
  while true
    j = j + 1;
    if j > i
      break;
    end
    hits = hits + 1;
  end
end
fprintf('hits = %d\n', hits);
