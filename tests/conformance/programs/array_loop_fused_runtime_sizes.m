% Loops fused over time inside functions whose column vectors get their
% lengths at run time (find): the kernel runs when the shapes agree, the loop
% as written when they do not (a 1x1 array expands; no steps).
a = find(mod(1:3000, 3) == 0)';
b = find(mod(1:3000, 3) == 1)';
one = find((1:10) == 4)';
[y, s] = ema(a / 3000, b / 3000, 50, 0.1);
fprintf('%d %.10f %.10f %.6f\n', numel(y), y(1), y(end), s);
[y, s] = ema(one / 10, b / 3000, 50, 0.1);
fprintf('%d %.10f %.6f\n', numel(y), y(end), s);
[y, s] = ema(a / 3000, one, 50, 0.1);
fprintf('%d %.10f %.6f\n', numel(y), y(2), s);
[y, s] = ema(a, b, 0, 0.1);
fprintf('%d %.10f %.6f\n', numel(y), y(2), s);
% Exact arithmetic: the counter-based generator of bench/gpu/montecarlo.m.
u = draws(a, zeros(numel(a), 1), 16);
fprintf('%.17g %.17g %.17g\n', u(1), u(end), sum(u));
u = draws(b, single(zeros(numel(b), 1)), 16);
fprintf('%s %.9g %.9g\n', class(u), u(7), u(end));
function [y, s] = ema(x, y, n, alpha)
  for k = 1:n
    y = (1 - alpha)*y + alpha*(x + cos(0.1*k + x));
  end
  s = sum(y);
end
function u = draws(idx, u, steps)
  p = 67108859;
  for t = 1:steps
    s = mod(idx*7919 + t*104729, p);
    s = mod(s.*s + 12345, p);
    s = mod(s.*s + 12345, p);
    u = u + (s + 0.5) / p;
  end
end
