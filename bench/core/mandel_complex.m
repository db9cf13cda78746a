n = 400;
% mandel_scalar's escape counts with complex numbers: z starts real (0) and
% turns complex, a maybe-complex scalar in registers; abs is hypot, as C's cabs.
maxit = 80;
total = 0;
for iy = 1:n
  ci = -1.0 + 2.0 * (iy - 1) / (n - 1);
  for ix = 1:n
    c = complex(-2.0 + 2.5 * (ix - 1) / (n - 1), ci);
    z = 0;
    it = 0;
    while it < maxit && abs(z) <= 2
      z = z * z + c;
      it = it + 1;
    end
    total = total + it;
  end
end
fprintf('mandel total = %d\n', total);
