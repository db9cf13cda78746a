% For loops of element-wise updates over arrays of one shape: each becomes
% one kernel with the time loop inside (per-channel filters), with the
% values of the unfused loop; and loops that must stay loops.
C = 1000; n = 500;
ch = (1:C)';
x = sin(0.01*ch) + 1;
% An exponential moving average per channel, its input from the loop index.
a = 0.9;
y = zeros(C, 1);
for k = 1:n
  y = a*y + (1 - a)*(x + 0.5*cos(0.1*k + ch/100));
end
fprintf('%.12f %.12f %.10f\n', y(1), y(C/2), sum(y));
% A second-order IIR filter: two carried arrays, one the other's last value.
y1 = zeros(C, 1); y2 = zeros(C, 1);
for k = 1:n
  u = mod(7*ch + 13*k, 17) / 17 - 0.5;
  y0 = 0.5*u + 1.2*y1 - 0.5*y2;
  y2 = y1;
  y1 = y0;
end
fprintf('%.12f %.12f %.10f\n', y1(3), y2(C), sum(y1 - y2));
% Comparisons and logical operators in the body; a step of -0.5.
hits = zeros(C, 1); level = x;
for t = 10:-0.5:1
  level = 0.95*level + 0.01*t;
  hits = hits + (level > 1.2 & ~(level > 1.6));
end
fprintf('%d %d %.12f\n', hits(1), sum(hits), level(C));
% Zero steps: the arrays keep their values.
nsteps = 0;
S = 2*ones(C, 1); T = S + 1;
for t = 1:nsteps
  S = S .* 1.5 + t;
  T = S;
end
fprintf('%g %g %g\n', S(1), sum(S), sum(T));
% A carried array never read after the loop, and one read only after it.
p = ones(C, 1); q = zeros(C, 1);
for k = 1:3
  p = p * 2;
  q = p + k;
end
fprintf('%g %g\n', q(1), sum(q));
% Loops that must not fuse: indexing, printing, break, arrays of two shapes,
% the loop variable read after the loop.
v = zeros(C, 1);
for k = 1:5
  v(k) = k;
  v = v * 1.5;
end
fprintf('%g %g\n', v(1), sum(v));
w = ones(3, 1);
for k = 1:3
  w = w + k;
  fprintf('%g ', w(1));
end
fprintf('\n');
w = ones(3, 1);
for k = 1:10
  w = w * 2;
  if k == 4, break; end
end
fprintf('%g\n', w(3));
r = ones(4, 1); c = ones(1, 4);
for k = 1:2
  r = r + c';
  c = c * 3;
end
fprintf('%g %g\n', sum(r), sum(c));
g = ones(5, 1);
for k = 1:4
  g = g + k;
end
fprintf('%g %d\n', sum(g), k);
