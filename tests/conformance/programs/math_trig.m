% Trigonometric and hyperbolic functions, atan2 quadrants.
fprintf('pi = %.15f\n', pi);
a = [0 pi/6 pi/4 pi/3 pi/2];
fprintf('sin: '); fprintf('%.6f ', sin(a)); fprintf('\n');
fprintf('cos: '); fprintf('%.6f ', cos(a)); fprintf('\n');
fprintf('tan: '); fprintf('%.6f ', tan(a(1:4))); fprintf('\n');
v = [-1 -0.5 0 0.5 1];
fprintf('asin: '); fprintf('%.6f ', asin(v)); fprintf('\n');
fprintf('acos: '); fprintf('%.6f ', acos(v)); fprintf('\n');
fprintf('atan: '); fprintf('%.6f ', atan([-Inf -1 0 1 Inf])); fprintf('\n');
fprintf('sinh: '); fprintf('%.6f ', sinh(v)); fprintf('\n');
fprintf('cosh: '); fprintf('%.6f ', cosh(v)); fprintf('\n');
fprintf('tanh: '); fprintf('%.6f ', tanh([-Inf -1 0 1 Inf])); fprintf('\n');
% atan2 in all four quadrants and on the axes
y = [1 1 -1 -1 0 1 0 -1];
x = [1 -1 -1 1 1 0 -1 0];
fprintf('atan2: '); fprintf('%.6f ', atan2(y, x)); fprintf('\n');
fprintf('atan2 inf: %.6f %.6f %.6f\n', atan2(Inf, Inf), atan2(1, -Inf), atan2(-1, -Inf));
fprintf('atan2 broadcast: '); fprintf('%.4f ', atan2([1; -1], [1 -1])); fprintf('\n');
fprintf('sin(pi) tiny: %d, cos(pi) = %g\n', abs(sin(pi)) < 1e-15, cos(pi));
fprintf('sin(Inf) = %g, cos(NaN) = %g, tanh(NaN) = %g\n', sin(Inf), cos(NaN), tanh(NaN));
fprintf('sinh(720) = %g, cosh(-720) = %g\n', sinh(720), cosh(-720));
fprintf('identity: %.12f\n', sin(0.7)^2 + cos(0.7)^2);
fprintf('size: %d %d\n', size(sin(zeros(3, 0))));
