% EXPECTED: hand-written (Octave 7's interp2 'cubic' is pchip along each
% dimension), from MATLAB's interp2 documentation: 'cubic' on a uniform grid
% is cubic convolution (which reproduces quadratics exactly, the grid
% extended beyond its edges by quadratic extrapolation); on a non-uniform
% grid interp2 uses 'spline' (not-a-knot splines, which reproduce cubics).
% So for V = X.^2 + 2*Y both methods give the exact value everywhere on
% the grid's span, and NaN (or the extrapolation value) outside it.
[X, Y] = meshgrid(1:4, 1:5);
V = X .^ 2 + 2 * Y;
xq = [1.5 3.25 4 1.2 3.9];
yq = [1.5 4.5 5 4.8 1.1];
fprintf('%.4f ', interp2(X, Y, V, xq, yq, 'cubic')); fprintf('\n');
fprintf('%.4f ', interp2(X, Y, V, xq, yq, 'spline')); fprintf('\n');
fprintf('%.4f ', interp2(V, xq, yq, 'cubic')); fprintf('\n');
fprintf('%g ', interp2(X, Y, V, [0.5 2 5], [2 2 2], 'cubic')); fprintf('\n');
fprintf('%g ', interp2(X, Y, V, [0.5 2 5], [2 2 2], 'cubic', -1)); fprintf('\n');
x = [0 1 3 4 7];
y = [0 2 3 5];
[Xg, Yg] = meshgrid(x, y);
W = Xg .^ 2 - Xg .* Yg + Yg .^ 3;
fprintf('%.4f ', interp2(x, y, W, [0.5 2 6.5], [1 4 2.5], 'cubic')); fprintf('\n');
