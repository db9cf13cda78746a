% clc, more and close do nothing in a program; quit ends it with status 0
% wherever it is called: nothing after it runs.
clc
more off
close all
fprintf('before\n');
for k = 1:3
  fprintf('k = %d\n', k);
  if k == 2
    stop_here();
  end
end
fprintf('not printed\n');

function stop_here()
  fprintf('quitting\n');
  quit
  fprintf('not printed either\n');
end
