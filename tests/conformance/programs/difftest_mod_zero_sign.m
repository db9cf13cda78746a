% Reproducer from tests/difftest (seed 331 program 8): a scalar mod whose
% remainder is zero is +0 (x - floor(x/y)*y), also for a negative x.
v4(1) = mod(-5, 5);
fprintf('%g\n', 1 / v4);
fprintf('%g %g %g %g\n', 1 / mod(-5, 5), 1 / mod(5, -5), 1 / mod(-0, 5), 1 / mod(-10, 2.5));
fprintf('%g\n', 1 ./ mod([-5 -10 5], 5));
fprintf('%g %g\n', mod(-0, 0), 1 / mod(-0, 0));
fprintf('%g\n', 1 ./ mod([5 -10 0], -5));
