% A function uses an argument the caller did not pass.
fprintf('%d\n', add(1, 2));
r = add(1);
fprintf('not reached %d\n', r);

function s = add(a, b)
  fprintf('in add\n');
  s = a + b; % fails here
end
