n = 5000000;
% arrayfun of a literal anonymous function with a captured scalar over a
% vector (compiled to a loop calling the function's body).
x = (1:n) / n;
a = 0.3;
y = arrayfun(@(v) v * v - a * v, x);
fprintf('%.17g %.17g %.17g\n', y(1), y(n / 2), max(y));
