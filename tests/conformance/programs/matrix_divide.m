% Left and right division on small well-conditioned systems.
A = [4 -2 1; -2 4 -2; 1 -2 4];
b = [11; -16; 17];
x = A \ b;
fprintf('x = %.6g %.6g %.6g\n', x);
fprintf('residual small: %d\n', norm(A * x - b) < 1e-12);
y = b' / A;
fprintf('y = %.6g %.6g %.6g\n', y);
B = [1 2; 3 4; 5 6];
X = A \ B;
fprintf('A\\B is %dx%d\n', size(X));
fprintf('%.6g %.6g\n', X.');
C = [2 1; 1 3];
R = [1 2; 3 4] / C;
fprintf('[1 2;3 4]/C:\n');
fprintf('%.6g %.6g\n', R.');
% scalar cases are element-wise
fprintf('6/3 = %g, 3\\6 = %g\n', 6 / 3, 3 \ 6);
fprintf('[2 4 6]/2 = '); fprintf('%g ', [2 4 6] / 2); fprintf('\n');
fprintf('2\\[2 4 6] = '); fprintf('%g ', 2 \ [2 4 6]); fprintf('\n');
% triangular system
U = [2 1 1; 0 3 1; 0 0 4];
fprintf('U\\[4;4;4] = '); fprintf('%.6g ', U \ [4; 4; 4]); fprintf('\n');
% overdetermined: least squares fit of a line through 4 points
t = [0; 1; 2; 3];
yv = [1; 3; 5.2; 6.8];
p = [ones(4, 1) t] \ yv;
fprintf('line fit: intercept %.6f slope %.6f\n', p);
% diagonal
fprintf('diag solve: '); fprintf('%g ', [2 0; 0 4] \ [2; 2]); fprintf('\n');
