% Kernels with inputs expanded along some dims, over more elements than a
% reduction's invocations (4096 workgroups of 256), so that each invocation
% steps through several elements and reads the expanded inputs at the
% digits the grid-stride loop carries (the odd extents make every step
% carry). Run on both devices; the GPU's must print what the CPU's does.
f();
function f()
  t = cumsum(ones(1, 1, 1003), 3);
  X = mod((1:7)' * 0.6180339887498949 + (1:301) * 0.4142135623730951 + t * 0.7071067811865476, 1);
  mu = mean(mean(X, 2), 3);
  r = mod(t * 0.4142135623730951, 1);
  c = mod((1:301) * 0.7071067811865476, 1);
  D = (X - mu) .^ 2;
  e1 = sum(D(:));
  E = X .* r + c;
  e2 = sum(E(:));
  F = abs(X - c .* r - mu);
  e3 = max(F(:));
  S = single(X);
  G = (S - single(mu)) .^ 2 .* single(r);
  e4 = sum(double(G(:)));  % Octave adds singles in single
  Y = (X - mu) .* r;
  e5 = Y(3, 177, 401) + Y(7, 301, 1003) + Y(1, 1, 1);
  Z = max(X - mu, 0) .^ 0.8;
  e6 = sum(Z(:));
  fprintf('%.9g\n', e1, e2, e3, e4, e5, e6);
  fprintf('%.9g %.9g %.9g\n', Z(2, 3, 4), Z(7, 300, 1002), max(Z(:)));
end
