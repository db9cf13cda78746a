% Complex scalars in loops: a variable that starts real and turns complex
% (z = 0; z = z*z + c) is one maybe-complex scalar, computed in registers.
% What MATLAB shows must not change: arithmetic drops an imaginary part
% that became 0 (isreal, printing), complex(a, 0) stays complex, == compares
% both parts and < the real parts. The grid is exact in binary so that the
% escape counts match GNU Octave's bit for bit.
xs = -2 + (0:23) * 0.125;
ys = -1.25 + (0:20) * 0.125;
maxit = 40;
counts = zeros(1, 4);
Z = zeros(numel(ys), numel(xs));
for i = 1:numel(ys)
  for j = 1:numel(xs)
    c = complex(xs(j), ys(i)); z = 0; k = 0;
    while k < maxit && abs(z) <= 2
      z = z*z + c; k = k + 1;
    end
    counts(1) = counts(1) + k;
    c = xs(j) + 1i*ys(i); z = 0; k = 0;
    while k < maxit && abs(z)^2 <= 4
      z = z^2 + c; k = k + 1;
    end
    counts(2) = counts(2) + k;
    z = 0; k = 0;
    while k < maxit && real(z)^2 + imag(z)^2 <= 4
      z = z^2 + c; k = k + 1;
    end
    counts(3) = counts(3) + k;
    Z(i, j) = z;
  end
end
fprintf('%d %d %d\n', counts(1), counts(2), counts(3));
fprintf('%d %.10g %.10g\n', isreal(Z), sum(real(Z(:))), sum(imag(Z(:))));

% A complex array read element by element.
[X, Y] = meshgrid(xs, ys);
C = X + 1i*Y;
total = 0;
for e = 1:numel(C)
  z = 0; k = 0;
  while k < maxit && abs(z) <= 2
    z = z*z + C(e); k = k + 1;
  end
  total = total + k;
end
fprintf('%d\n', total);
W = zeros(3);
for e = 1:9
  W(e) = (e - 5) * (1 + 1i) / 2;
end
fprintf('%d %g %g\n', isreal(W), real(W(2, 3)), imag(W(2, 3)));

% The real -> complex join, and back: the imaginary part becomes 0.
w = 1;
for k = 1:4
  if mod(k, 2) == 1
    w = w + 2i;
  else
    w = w - 2i;
  end
  fprintf('%d %g %g\n', isreal(w), real(w), imag(w));
end
y = 2 + 3i;
y = y - 3i;
fprintf('%d %s %s %g\n', isreal(y), num2str(y), mat2str(y), y);
u = 1i;
for k = 1:2
  u = u * 1i;
end
fprintf('%d %g %g\n', isreal(u), real(u), imag(u));

% complex(a, 0) stays complex until arithmetic narrows it.
c = complex(2, 0);
fprintf('%d %d %d %d\n', isreal(c), isreal(c + 0), isreal(c * 1), isreal(c - c));
fprintf('%g %g\n', real(c), imag(c));

% Division, powers, comparisons, abs and angle.
a = 3 + 4i; b = 1 - 2i;
q = a / b; r = b \ a;
fprintf('%g %g %g %g\n', real(q), imag(q), real(r), imag(r));
p = a^3; n = a^-2; s = a^0;
fprintf('%g %g %g %g %g %d\n', real(p), imag(p), real(n), imag(n), s, isreal(s));
fprintf('%d %d %d %d %d\n', a < b, a > b, a == 3 + 4i, a ~= 3, a >= 3);
t = 0;
for k = 1:3
  t = t + (1 + 1i)^k;
end
fprintf('%g %g %.12g %.12g\n', real(t), imag(t), abs(t), angle(t));
v = -(1 + 2i); vt = v'; vv = v.';
fprintf('%g %g %g %g %g %g\n', real(v), imag(v), real(vt), imag(vt), real(vv), imag(vv));
h = complex(3, 4) / 0;
fprintf('%g %g\n', real(h), imag(h));
