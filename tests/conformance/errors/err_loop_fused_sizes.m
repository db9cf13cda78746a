% A loop fused over time in a function whose arrays differ in length at
% run time fails as the loop as written does, on the same statement.
a = find(mod(1:30, 3) == 0)';
b = find(mod(1:30, 2) == 0)';
fprintf('a has %d, b has %d elements\n', numel(a), numel(b));
y = smooth(a, b, 10);
fprintf('not reached %g\n', y(1));
function y = smooth(x, y, n)
  for k = 1:n
    z = 0.5*y + k;
    y = z + x; % fails here
  end
end
