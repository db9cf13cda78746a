% Small arrays of constant shape (ScalarizeSmallArrays keeps them as one
% scalar per element): rows and columns of a 5x3 matrix read and written
% in loops with run-time indices, element-wise operators with NaN and Inf,
% sum, sqrt, norm, dot products, end, transposes, logical arrays, and the
% cases that keep the general path (growth, complex results, empties).
x = [0 0 0; 4.84 -1.16 -0.10; 8.34 4.12 -0.4; 12.89 -15.11 -0.22; 15.37 -25.9 0.17];
v = zeros(5, 3);
m = [39.47 0.037 0.011 0.0017 0.002];
for step = 1:3
  for i = 1:5
    for j = i+1:5
      d = x(i,:) - x(j,:);
      d2 = sum(d.^2);
      mag = 0.01 / (d2 * sqrt(d2));
      v(i,:) = v(i,:) - d * m(j) * mag;
      v(j,:) = v(j,:) + d * m(i) * mag;
    end
  end
  x = x + 0.01 * v;
end
fprintf('%.10f ', x); fprintf('\n');
fprintf('%.10f ', v); fprintf('\n');
e = 0;
for i = 1:5
  e = e + 0.5 * m(i) * sum(v(i,:).^2);
  for j = i+1:5
    e = e - m(i) * m(j) / norm(x(i,:) - x(j,:));
  end
end
fprintf('energy %.12f\n', e);

% Columns, single elements, end, linear indices, x(:).
for j = 1:3
  c = x(:, j);
  fprintf('col %d: %g %g (%d x %d) end %g\n', j, sum(c), c(end), size(c, 1), size(c, 2), x(end, j));
end
for k = 1:15
  x(k) = k * 0.5;
end
fprintf('%g ', x(:)); fprintf('\n');
x(2, :) = 7;
x(:, 3) = [9; 8; 7; 6; 5];
x(end, end) = -1;
fprintf('%g ', x); fprintf('\n');
t = x(1:1, :)';
fprintf('%g %g %g (%d x %d)\n', t, size(t, 1), size(t, 2));

% NaN and Inf flow element by element.
a = [1 NaN Inf];
b = [2 3 -Inf];
fprintf('%g ', a + b, a .* b, a ./ b, a - b, -a, a.^2); fprintf('\n');
fprintf('%d ', a == b, a ~= b, a < b, a >= b, isnan(a), isinf(a), isfinite(a)); fprintf('\n');
fprintf('%g ', max(a, b), min(a, b), abs(b), sum(a), sum(b)); fprintf('\n');
fprintf('%g %g %g %g\n', norm([3 4]), norm([NaN 1]), norm([Inf 1]), norm([0 0 0]));
fprintf('%g %g\n', norm([1e200 1e200]), norm([3e-200; 4e-200]));
fprintf('%g %g\n', dot([1 2 3], [4 5 6]), dot([1 2 3], [4; 5; 6]));

% A scalar with a 1x3, 1x1 indexing of a row.
s = 5;
r = [1 2 3];
fprintf('%g ', s + r, r - s, s ./ r, r * s, r / s, s \ r); fprintf('\n');
fprintf('%g %g %g %d %d %d\n', r(1), r(end), r(2) * 2, numel(r), length(r), isempty(r));

% Logical arrays.
p = [true false true];
q = ~p;
p(2) = true;
fprintf('%d ', p, q, p & q, p | q, xor(p, q)); fprintf('\n');
fprintf('%s %s %g %g\n', class(p), class(p + 0), sum(p), sum(q));
fprintf('%d %d\n', any(q), all(p));

% Growth keeps the general path: the array changes shape.
g = [1 2 3];
g(5) = 9;
fprintf('%g ', g); fprintf('(%d x %d)\n', size(g, 1), size(g, 2));
h = [1 2; 3 4];
h(3, :) = [5 6];
fprintf('%g ', h); fprintf('(%d x %d)\n', size(h, 1), size(h, 2));

% A row that becomes complex: sqrt of a negative element.
n = [4 -9 16];
z = sqrt(n);
fprintf('%g%+gi ', [real(z); imag(z)]); fprintf('%d\n', isreal(z));
w = n;
w(2) = 2i;
fprintf('%g%+gi ', [real(w); imag(w)]); fprintf('\n');

% Empty and 1x1.
em = zeros(0, 3);
fprintf('%g %d %d\n', sum(em(:)), size(sum(em), 2), isempty(em));
one = [7];
one(1) = one(1) + 1;
fprintf('%g %d\n', one, numel(one));

% A small array passed to and returned from a function.
u = scale([1 2; 3 4], 2);
fprintf('%g ', u); fprintf('\n');

function y = scale(x, k)
  y = x;
  for i = 1:2
    y(i, :) = x(i, :) * k + i;
  end
end
