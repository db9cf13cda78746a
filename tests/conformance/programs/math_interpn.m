% interpn (ndgrid order) and interp3 (meshgrid order): linear and nearest,
% grid arrays, grid vectors and the default grid 1:n, scattered query
% points and query grid vectors, NaN outside the grid or an extrapolation
% value (Octave 7 prints NA for MATLAB's NaN: tested with isnan).
[X1, X2] = ndgrid(1:3, 1:4);
V = X1.^2 + 10 * X2;
fprintf('interpn linear: %s\n', sprintf('%.4f ', interpn(X1, X2, V, [1.5 2.25 3], [1 3.5 2.5])));
fprintf('interpn nearest: %s\n', sprintf('%g ', interpn(X1, X2, V, [1.4 2.7], [1.2 3.9], 'nearest')));
fprintf('interpn outside is NaN: %d %d\n', isnan(interpn(X1, X2, V, [0 2], [1 5])));
fprintf('interpn extrapval: %s\n', sprintf('%g ', interpn(X1, X2, V, [0 2], [1 2], 'linear', -1)));
fprintf('interpn default grid: %s\n', sprintf('%.4f ', interpn(V, [1.5 2.5], [2 3.25])));
fprintf('interpn grid vectors: %s\n', sprintf('%.4f ', interpn(1:3, 1:4, V, [1.5 2.5], [2 3.25])));
W = interpn(1:3, 1:4, V, [1.5; 2.5], [1 2 3]);
fprintf('interpn query grid: size %s, %s\n', mat2str(size(W)), sprintf('%.4f ', W));
[X, Y, Z] = meshgrid(1:4, 1:3, 1:2);
U = X + 2 * Y + 4 * Z.^2;
fprintf('interp3 linear: %s\n', sprintf('%.4f ', interp3(X, Y, Z, U, [1.5 3.2], [2 2.5], [1.25 1.5])));
fprintf('interp3 nearest: %s\n', sprintf('%g ', interp3(X, Y, Z, U, [1.4 3.8], [2.2 1.1], [1.3 1.9], 'nearest')));
fprintf('interp3 default grid: %s\n', sprintf('%.4f ', interp3(U, [2.5 4], [1.5 3], [1 1.75])));
fprintf('interp3 outside is NaN: %d\n', isnan(interp3(X, Y, Z, U, 5, 1, 1)));
Q = interp3(1:4, 1:3, 1:2, U, [1.5 2.5 3.5], [1; 2], 1.5);
fprintf('interp3 query grid: size %s, %s\n', mat2str(size(Q)), sprintf('%.4f ', Q));
