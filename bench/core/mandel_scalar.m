n = 400;
% Mandelbrot escape counts over an n-by-n grid with scalar arithmetic only
% (Julia's mandel, without complex numbers or arrays).
maxit = 80;
total = 0;
for iy = 1:n
  ci = -1.0 + 2.0 * (iy - 1) / (n - 1);
  for ix = 1:n
    cr = -2.0 + 2.5 * (ix - 1) / (n - 1);
    zr = 0;
    zi = 0;
    it = 0;
    while it < maxit && zr * zr + zi * zi <= 4
      t = zr * zr - zi * zi + cr;
      zi = 2 * zr * zi + ci;
      zr = t;
      it = it + 1;
    end
    total = total + it;
  end
end
fprintf('mandel total = %d\n', total);
