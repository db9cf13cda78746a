% fsolve on systems whose roots are known (printed to a tolerance any
% correct solver meets), dblquad and triplequad (iterated quad, the
% integrand called with a row of x and scalar y, z), nthargout.
opts = optimset('Display', 'off');
[x, fval, flag] = fsolve(@(x) [x(1)^2 + x(2)^2 - 4; x(1) - x(2)], [1; 0.5], opts);
fprintf('circle and line: %.5f %.5f, residual below 1e-4: %d, flag %d\n', x, norm(fval) < 1e-4, flag);
x = fsolve(@(x) exp(x) - 2, 0, opts);
fprintf('exp(x) = 2: %.6f\n', x);
x = fsolve(@(x) [2*x(1) - x(2) - exp(-x(1)); -x(1) + 2*x(2) - exp(-x(2))], [-5; -5], opts);
fprintf('MATLAB''s example: %.5f %.5f\n', x);
[x, fval] = fsolve(@(x) x.^3 - [1; 8; 27; 64], ones(4, 1), opts);
fprintf('element-wise cube roots: %s, fval size %s\n', sprintf('%.5f ', x), mat2str(size(fval)));
q = dblquad(@(x, y) x .* y.^2, 0, 1, 0, 2);
fprintf('dblquad x*y^2: %.6f\n', q);
q = dblquad(@(x, y) y * sin(x) + x * cos(y), pi, 2*pi, 0, pi);
fprintf('dblquad documented example: %.6f\n', q);
q = dblquad(@(x, y) exp(-x.^2 - y^2), -1, 1, -1, 1, 1e-8);
fprintf('dblquad gaussian: %.6f\n', q);
q = triplequad(@(x, y, z) y * sin(x) + z * cos(x), 0, pi, 0, 1, -1, 1);
fprintf('triplequad documented example: %.6f\n', q);
q = triplequad(@(x, y, z) x + y + z, 0, 1, 0, 2, 0, 3);
fprintf('triplequad linear: %.6f\n', q);
fprintf('nthargout 2 of max: %d\n', nthargout(2, @max, [3 9 4]));
c = nthargout([1 2], @size, ones(2, 5));
fprintf('nthargout [1 2] of size: %d %d (%s)\n', c{1}, c{2}, class(c));
fprintf('nthargout 1 of 2 outputs: %s\n', mat2str(nthargout(1, 2, @sort, [3 1 2])));
[~, i] = sort([3 1 2]);
fprintf('sort positions: %s %s\n', mat2str(nthargout(2, @sort, [3 1 2])), mat2str(i));
