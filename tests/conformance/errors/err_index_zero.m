% Index 0 in a loop that starts one too early.
x = 1:5;
s = 0;
for k = 2:-1:0
  fprintf('k = %d\n', k);
  s = s + x(k); % fails here
end
fprintf('not reached %d\n', s);
