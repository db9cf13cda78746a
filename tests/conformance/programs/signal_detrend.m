% detrend: a line (the default), a constant or a polynomial of degree n
% removed along a vector, or down each column of a matrix.
t = (0:9)';
x = 2 + 0.5*t + [0.3; -0.2; 0.1; 0.4; -0.5; 0.2; 0; -0.1; 0.3; -0.2];
y = detrend(x);
fprintf('%.4f ', y); fprintf('\n');
fprintf('%.4f ', detrend(x, 'constant')); fprintf('\n');
fprintf('%.4f ', detrend(x, 0)); fprintf('\n');
fprintf('%.4f ', detrend(x, 1)); fprintf('\n');
q = t.^2/10 + [0.1; 0; -0.1; 0.2; 0; -0.2; 0.1; 0; 0.1; -0.1];
fprintf('%.4f ', detrend(q, 2)); fprintf('\n');
r = detrend(x');
fprintf('%d %d\n', size(r));
fprintf('%.4f ', r); fprintf('\n');
M = [1 4; 3 1; 2 5; 6 2];
fprintf('%.4f %.4f\n', detrend(M)');
fprintf('%g %g\n', round(detrend(M, 'constant')' * 1e4) / 1e4 + 0);
% The residual of a line has zero mean and no slope left.
fprintf('%d\n', abs(mean(y)) < 1e-12);
fprintf('%d\n', abs(t' * y) < 1e-10);
