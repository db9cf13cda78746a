% permute and shiftdim whose result ends in singleton dims (the result
% array drops them): each element lands where MATLAB puts it.
x = [1 2 3];
y = permute(x, [2 1 3]);
fprintf('%d %d: %g %g %g\n', size(y, 1), size(y, 2), y);
c = permute([4; 5], [3 2 1]);
fprintf('%d %d %d: %g %g\n', size(c, 1), size(c, 2), size(c, 3), c);
z = shiftdim(reshape(1:6, 1, 1, 6));
fprintf('%d %d: %g\n', size(z, 1), size(z, 2), z(6));
w = permute(reshape(1:6, 2, 3), [2 1 3 4]);
fprintf('%d %d: %g %g %g %g %g %g\n', size(w, 1), size(w, 2), w);
v = ipermute(reshape(1:4, 1, 4), [2 1 3]);
fprintf('%d %d: %g %g %g %g\n', size(v, 1), size(v, 2), v);
