% complex(a) and complex(a, b): a complex result even where the imaginary
% part is 0, a scalar expanded to the other's size, single when either
% input is single, and the scalar form in a loop (a Mandelbrot count).
z = complex(3, 4);
fprintf('%g %g %d %g\n', real(z), imag(z), isreal(z), abs(z));
w = complex(2, 0);
fprintf('%d %g\n', isreal(w), real(w));
v = complex([1 2 3]);
fprintf('%d %s\n', isreal(v), mat2str(imag(v)));
m = complex([1 2; 3 4], 10);
m2 = complex([1 2; 3 4], [5 6; 7 8]);
fprintf('%s\n', mat2str(imag(m2)));
fprintf('%s %s %s\n', mat2str(size(m)), mat2str(real(m)), mat2str(imag(m)));
s = complex(single(1.5), 2);
fprintf('%s %d %g %g\n', class(s), isreal(s), real(s), imag(s));
N = 40; count = 0;
for a = 1:N
  for b = 1:N
    c = complex(-2 + 2.5 * a / N, -1.25 + 2.5 * b / N);
    x = 0;
    k = 0;
    while k < 30 && abs(x) <= 2
      x = x * x + c;
      k = k + 1;
    end
    count = count + k;
  end
end
fprintf('%d\n', count);
