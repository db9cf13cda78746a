% arrayfun(@(v) body, x) of a literal anonymous function over a real double
% array runs the body's compiled specialisation in a loop (Instr::perElement);
% everything else, and an empty x, goes to the runtime's arrayfun. Results,
% classes, shapes and errors are the runtime's.
x = (1:6) / 4;
a = 2; b = true;
y = arrayfun(@(v) v * v + a, x);
fprintf('%s %d %d %.17g %.17g\n', class(y), size(y, 1), size(y, 2), y(1), y(end));
m = reshape(1:12, 3, 4) / 3;
ym = arrayfun(@(v) floor(v) + (b && v > 1), m);
fprintf('%d %d %g %g\n', size(ym, 1), size(ym, 2), ym(2, 3), sum(ym(:)));
nd = arrayfun(@(v) -v, ones(2, 2, 2));
fprintf('%d %d %d %g\n', size(nd, 1), size(nd, 2), size(nd, 3), sum(nd(:)));
l = arrayfun(@(v) v > 0.7, x);
fprintf('%s %d\n', class(l), sum(l));
% empty inputs: the runtime's double empty of the input's shape
e = arrayfun(@(v) v * 2, []);
fprintf('%s %d %d\n', class(e), size(e, 1), size(e, 2));
e2 = arrayfun(@(v) v > 1, zeros(0, 3));
fprintf('%s %d %d\n', class(e2), size(e2, 1), size(e2, 2));
% a body that calls a function of the program, and one used in a loop
s = 0;
for k = 1:3
  z = arrayfun(@(v) twice(v) + k, x);
  s = s + z(k);
end
fprintf('%g\n', s);
% not compiled inline: other classes, non-scalar or text results, captured arrays
fprintf('%s\n', class(arrayfun(@(v) v * 2, int8([1 2 3]))));
fprintf('%s\n', class(arrayfun(@(v) v, [true false])));
w = [1 2 3];
fprintf('%g ', arrayfun(@(v) v + sum(w), x(1:3))); fprintf('\n');
c = arrayfun(@(v) [v v], x(1:2), 'UniformOutput', false);
fprintf('%s %d %d\n', class(c), numel(c), numel(c{2}));
t = arrayfun(@(v) char(v + 96), [1 2]);
fprintf('%s %s\n', class(t), t);
try
  arrayfun(@(v) [v v], x);
catch err
  fprintf('caught\n');  % (Octave's message is not MATLAB's)
end
% an error in the body is the body's
try
  r = arrayfun(@(v) checked(v), x);
catch err
  fprintf('%s\n', err.message);
end
% a mixed real and complex input is not known real: the runtime's
q = x;
if numel(q) > 100
  q(1) = 1i;
end
fprintf('%g\n', sum(arrayfun(@(v) v * 3, q)));
% several inputs of one shape; another shape is the runtime's error
xy = arrayfun(@(p, q) p * q + a, x, 2 * x);
fprintf('%s %d %d %.17g %.17g\n', class(xy), size(xy, 1), size(xy, 2), xy(2), xy(end));
three = arrayfun(@(p, q, r) p + q * r, ones(2, 3), 2 * ones(2, 3), reshape(1:6, 2, 3));
fprintf('%g ', three); fprintf('\n');
try
  arrayfun(@(p, q) p + q, x, x');
catch err
  fprintf('caught\n');  % (Octave's message is not MATLAB's)
end
try
  arrayfun(@(p, q) p + q, ones(2, 2, 2), ones(2, 4));
catch err
  fprintf('caught\n');
end
ee = arrayfun(@(p, q) p + q, zeros(0, 2), zeros(0, 2));
fprintf('%s %d %d\n', class(ee), size(ee, 1), size(ee, 2));
% an input a kernel computed (on the GPU where MCC_DEVICE=gpu)
g = sin((1:20000) / 7) * 0.5;
gy = arrayfun(@(v) abs(v) * 2, g);
fprintf('%.12f %.12f %d\n', gy(1), gy(end), sum(gy > 0.5));
function r = twice(v)
  r = 2 * v;
end
function r = checked(v)
  if v > 1
    error('value %g is too large', v);
  end
  r = v;
end
