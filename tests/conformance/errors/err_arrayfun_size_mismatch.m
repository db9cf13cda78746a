% arrayfun over arrays of different sizes.
s = arrayfun(@(a, b) a + b, [1 2], [3 4]);
fprintf('%g %g\n', s);
s = arrayfun(@(a, b) a + b, [1 2], [3 4 5]);  % fails here
