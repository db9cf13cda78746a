n = 20000000;
% Function handles called in a hot loop: an anonymous function with a
% captured scalar and a handle to a function of the program (direct calls
% of the handles' targets, typed by the captured value).
a = 0.3;
f = @(x) x * x - a * x;
g = @scale;
s = 0;
for i = 1:n
  v = i / n;
  s = s + f(v) + g(v);
end
fprintf('%.17g\n', s);

function y = scale(x)
  y = 2 * x + 1;
end
