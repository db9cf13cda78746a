% Calling an anonymous function with more arguments than it takes.
f = @(x) x + 1;
fprintf('%g\n', f(1));
y = f(1, 2);
