% cart2pol, pol2cart, cart2sph, sph2cart with one, two and three outputs,
% matrix and scalar-against-array inputs, single inputs, the one-matrix
% form (Octave 7.3).
% Values that are zero up to rounding print as 0 (fix9).
fix9 = @(v) round(v * 1e9) / 1e9 + 0;
x = [1 -1 0 2; 3 0 -2 0.5];
y = [0 1 -1 2; -3 2 0 -0.5];
z = [1 2 3 4; 5 6 7 8];
[th, r] = cart2pol(x, y);
fprintf('cart2pol %d %d: %s| %s\n', size(th), sprintf('%.10g ', th), sprintf('%.10g ', r));
th1 = cart2pol(x, y);
fprintf('cart2pol 1 out: %s\n', sprintf('%.10g ', th1));
[th, r, zz] = cart2pol(x, y, z);
fprintf('cart2pol z: %s| %s| %s\n', sprintf('%.10g ', th(2, :)), sprintf('%.10g ', r(2, :)), sprintf('%.10g ', zz));
[th, r] = cart2pol(2, [1 2 3]);
fprintf('cart2pol scalar: %d %d %s| %s\n', size(th), sprintf('%.10g ', th), sprintf('%.10g ', r));
[px, py] = pol2cart([0 pi/2 pi; pi/4 -pi/3 2], [1 2 3; 4 5 6]);
fprintf('pol2cart: %s| %s\n', sprintf('%.9g ', fix9(px)), sprintf('%.9g ', fix9(py)));
[px, py, pz] = pol2cart(pi/6, 2, 7);
fprintf('pol2cart z: %.10g %.10g %.10g\n', px, py, pz);
[az, el, rr] = cart2sph(x, y, z);
fprintf('cart2sph: %s| %s| %s\n', sprintf('%.10g ', az), sprintf('%.10g ', el), sprintf('%.10g ', rr));
[sx, sy, sz] = sph2cart(az, el, rr);
fprintf('round trip: %d\n', max(abs([sx(:) - x(:); sy(:) - y(:); sz(:) - z(:)])) < 1e-14);
[sx, sy, sz] = sph2cart([0 pi/2; pi -pi/4], [0 pi/6; -pi/3 pi/2], 2);
fprintf('sph2cart: %s| %s| %s\n', sprintf('%.9g ', fix9(sx)), sprintf('%.9g ', fix9(sy)), sprintf('%.9g ', fix9(sz)));
[th, r] = cart2pol(single([3 -4]), single([4 3]));
fprintf('single: %s %s %.6g %.6g\n', class(th), class(r), th(2), r(1));
[th, r] = cart2pol([1 1; -2 0; 0 -3]);
fprintf('one matrix: %s| %s\n', sprintf('%.10g ', th), sprintf('%.10g ', r));
[th, r, zz] = cart2pol([1 2 3]);
fprintf('one vector: %.10g %.10g %g\n', th, r, zz);
[az, el, rr] = cart2sph([1 1 1; 0 0 -2]);
fprintf('sph one matrix: %s| %s| %s\n', sprintf('%.10g ', az), sprintf('%.10g ', el), sprintf('%.10g ', rr));
s = 0;
for k = 1:5
  [a, b] = pol2cart(k, k);
  s = s + a * b;
end
fprintf('loop: %.10g\n', s);
[th, r, zz] = cart2pol(1, 1, single(2));
fprintf('z class: %s %s %s\n', class(th), class(r), class(zz));
