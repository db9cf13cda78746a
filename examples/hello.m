% hello.m - the quick-start example: a script with a local function.
n = 10;
x = linspace(0, 1, n);
y = smooth_step(x);
fprintf('%d points, sum of smooth steps = %.6f\n', n, sum(y));

function y = smooth_step(x)
  % Hermite smooth step on [0, 1].
  y = x.^2 .* (3 - 2*x);
end
