% NaN used as a condition.
x = 0 / 0;
fprintf('x is NaN: %d\n', isnan(x));
if x % fails here
  fprintf('not reached\n');
end
fprintf('not reached either\n');
