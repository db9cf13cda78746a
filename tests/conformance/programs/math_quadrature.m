% quadgk (finite, infinite and reversed limits, AbsTol/RelTol, the error
% bound), integral with tolerances, integral2 and integral3 over
% rectangles and with function-handle inner limits (Octave 7.3).
fprintf('quadgk x^2: %.10f\n', quadgk(@(x) x.^2, 0, 1));
fprintf('quadgk sin: %.10f\n', quadgk(@sin, 0, pi));
fprintf('quadgk gauss: %.8f\n', quadgk(@(x) exp(-x.^2), -Inf, Inf));
fprintf('quadgk tail: %.8f\n', quadgk(@(x) 1 ./ (1 + x.^2), 0, Inf));
fprintf('quadgk reversed: %.10f\n', quadgk(@(x) x.^3, 2, 0));
fprintf('quadgk singular: %.8f\n', quadgk(@(x) 1 ./ sqrt(x), 0, 1));
[q, err] = quadgk(@(x) exp(x), 0, 1);
fprintf('quadgk errbnd: %.10f %d\n', q, err < 1e-8);
q = quadgk(@(x) cos(x) .* exp(-x), 0, 10, 'AbsTol', 1e-12, 'RelTol', 1e-10);
fprintf('quadgk tol: %.12f\n', q);
k = 3;
fprintf('quadgk capture: %.10f\n', quadgk(@(x) x.^k, 0, 1));
fprintf('integral tol: %.12f\n', integral(@(x) log(x), 1, 2, 'RelTol', 1e-12, 'AbsTol', 1e-14));
fprintf('integral2 rect: %.8f\n', integral2(@(x, y) x.^2 + y, 0, 1, 0, 2));
fprintf('integral2 prod: %.8f\n', integral2(@(x, y) sin(x) .* cos(y), 0, pi, 0, pi/2));
fprintf('integral2 triangle: %.8f\n', integral2(@(x, y) x .* y, 0, 1, 0, @(x) x));
fprintf('integral2 disc: %.8f\n', integral2(@(x, y) ones(size(x)), -1, 1, @(x) -sqrt(1 - x.^2), @(x) sqrt(1 - x.^2)));
fprintf('integral2 tol: %.10f\n', integral2(@(x, y) exp(-x - y), 0, 1, 0, 1, 'AbsTol', 1e-12, 'RelTol', 1e-10));
fprintf('integral3 box: %.8f\n', integral3(@(x, y, z) x + y .* z, 0, 1, 0, 2, 0, 3));
fprintf('integral3 tetra: %.8f\n', integral3(@(x, y, z) ones(size(x)), 0, 1, 0, @(x) 1 - x, 0, @(x, y) 1 - x - y));
fprintf('integral3 gauss: %.6f\n', integral3(@(x, y, z) exp(-(x.^2 + y.^2 + z.^2)), 0, 2, 0, 2, 0, 2));
