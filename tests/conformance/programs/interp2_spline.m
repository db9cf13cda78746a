% interp2's 'spline' (the tensor product of not-a-knot splines along each
% dimension) and 'nearest', on a grid of meshgrid queries.
[X, Y] = meshgrid(1:6, 1:5);
Z = sin(X) + cos(Y / 2) .* X;
[XI, YI] = meshgrid([1.5 2.25 3.5 5.75], [1.25 2.75 4.5]);
S = interp2(X, Y, Z, XI, YI, 'spline');
fprintf('%.6f %.6f %.6f %.6f\n', S');
N = interp2(X, Y, Z, XI, YI, 'nearest');
fprintf('%.6f %.6f %.6f %.6f\n', N');
L = interp2(X, Y, Z, XI, YI, 'linear');
fprintf('%.6f %.6f %.6f %.6f\n', L');
% Non-uniform grid vectors.
x = [0 1 3 4 7];
y = [0 2 3 5];
[Xg, Yg] = meshgrid(x, y);
V = Xg .^ 2 / 10 + exp(-Yg);
[XI, YI] = meshgrid([0.5 2 6], [1 4]);
fprintf('%.6f %.6f %.6f\n', interp2(x, y, V, XI, YI, 'spline')');
