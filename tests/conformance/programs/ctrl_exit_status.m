% exit(0) ends the program at once with status 0; more on and clc print nothing.
more on
clc;
total = 0;
while true
  total = total + 1;
  if total == 4
    fprintf('total %d\n', total);
    exit(0);
  end
end
fprintf('not printed\n');
