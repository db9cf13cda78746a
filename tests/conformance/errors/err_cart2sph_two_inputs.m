% cart2sph takes three coordinates: two are not enough.
[az, el, r] = cart2sph(1, 1, 1);
fprintf('%.4f\n', el);
[az, el, r] = cart2sph([1 2], [3 4]); % fails here
fprintf('not reached %g\n', r);
