% Benchmark check: Mandelbrot escape counts over a grid, real arithmetic only.
maxit = 80;
nx = 60;
ny = 30;
xs = linspace(-2.0, 0.5, nx);
ys = linspace(-1.0, 1.0, ny);
counts = zeros(ny, nx);
for iy = 1:ny
  for ix = 1:nx
    cr = xs(ix);
    ci = ys(iy);
    zr = 0;
    zi = 0;
    it = 0;
    while it < maxit && zr * zr + zi * zi <= 4
      t = zr * zr - zi * zi + cr;
      zi = 2 * zr * zi + ci;
      zr = t;
      it = it + 1;
    end
    counts(iy, ix) = it;
  end
end
fprintf('total iterations: %d\n', sum(counts(:)));
fprintf('points inside (never escaped): %d\n', sum(counts(:) == maxit));
fprintf('row sums of the middle rows: %d %d\n', sum(counts(15, :)), sum(counts(16, :)));
% a coarse picture, one character per point
chars = ' .:-=+*#%@';
for iy = 1:3:ny
  row = counts(iy, :);
  level = 1 + floor(9 * row / maxit);
  fprintf('%s\n', chars(level));
end
