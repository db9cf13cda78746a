% Anonymous functions passed to other functions: the function they reach
% calls them with their captured values typed where those are real double
% or logical scalars (apply(f, x) in a loop), and boxed otherwise (vectors,
% complex numbers, text); a handle made in a loop with captures of another
% type each time, a handle passed through two functions, a handle that
% captures a handle.
a = 0.5; b = 2;
f = @(t) a * t + b;
s = 0;
for k = 1:1000
  s = s + apply(f, k);
end
fprintf('%.10g\n', s);
on = true;
g = @(t) t * on + 1;
fprintf('%g %g\n', apply(g, 3), twice(g, 3));
v = [1 2 3];
h = @(t) sum(v) * t;
fprintf('%g\n', apply(h, 2));
z = 1 + 2i;
w = @(t) abs(z) * t;
fprintf('%.10g\n', apply(w, 2));
name = 'xy';
n = @(t) numel(name) + t;
fprintf('%g\n', apply(n, 1));
total = 0;
for k = 1:4
  if mod(k, 2)
    c = k;
  else
    c = k > 2;
  end
  p = @(t) c + t;
  total = total + apply(p, 10);
end
fprintf('%g\n', total);
outer = @(t) apply(f, t) * 2;
fprintf('%g %g\n', apply(outer, 4), twice(outer, 1));
fprintf('%g\n', apply(@(t) t^2, 7));
fprintf('%g\n', apply(@sqrt, 16));

function y = apply(f, x)
  y = f(x);
end

function y = twice(f, x)
  y = apply(f, apply(f, x));
end
