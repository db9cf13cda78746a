% Maybe-complex double scalars pass to and from the program's functions in
% registers ({re, im, isComplex}): values, MATLAB's narrowing of results
% whose imaginary part is zero, and the complexity flag a value keeps
% (complex(1, 0) stays complex through a call); handles' targets and the
% entry keep boxed complex values.
z = 0; c = 0.25 + 0.5i;
acc = 0;
for k = 1:5000
  z = iter(z, c);
  if abs(z) > 2
    z = 0;
  end
  acc = acc + real(z);
end
fprintf('%.10f %.10f %.10f\n', acc, real(z), imag(z));
[a, b] = parts(3 + 4i);
fprintf('%g %g\n', a, b);
fprintf('%d\n', isreal(twice(2)));
w = twice(1i);
fprintf('%g %g %d\n', real(w), imag(w), isreal(w));
r = complex(1, 0);
fprintf('%d %d %d\n', isreal(keep(r)), isreal(keep(1)), isreal(keep(r) * 1));
n = iter(1i, 1);
fprintf('%g %g %d\n', real(n), imag(n), isreal(n));
p = power_loop(1 + 1i, 4);
fprintf('%g %g\n', real(p), imag(p));
f = @twice;
h = f(3 - 2i);
fprintf('%g %g\n', real(h), imag(h));
g = @(v) iter(v, 1i);
q = g(1 + 1i);
fprintf('%g %g\n', real(q), imag(q));
d = depth(2i, 3);
fprintf('%g %g\n', real(d), imag(d));
function z = iter(z, c)
  z = z * z + c;
end
function [a, b] = parts(z)
  a = real(z);
  b = abs(z);
end
function y = twice(x)
  y = 2 * x;
end
function y = keep(x)
  y = x;
end
function p = power_loop(x, n)
  p = 1;
  for k = 1:n
    p = p * x;
  end
end
function r = depth(x, k)
  if k == 0
    r = x;
  else
    r = depth(x * 1i, k - 1) + 1;
  end
end
