% Matrix multiplication: shapes, inner/outer products, empty inner dimension.
A = [1 2 3; 4 5 6];
B = [7 8; 9 10; 11 12];
C = A * B;
fprintf('A*B is %dx%d:\n', size(C));
fprintf('%g %g\n', C.');
D = B * A;
fprintf('B*A is %dx%d:\n', size(D));
fprintf('%g %g %g\n', D.');
r = [1 2 3];
c = [4; 5; 6];
fprintf('inner: %g\n', r * c);
O = c * r;
fprintf('outer %dx%d, trace %g, sum %g\n', size(O), trace(O), sum(O(:)));
fprintf('scalar * matrix: '); fprintf('%g ', 2 * A); fprintf('\n');
fprintf('matrix * scalar: '); fprintf('%g ', A * 0.5); fprintf('\n');
I = eye(3);
fprintf('A*I == A: %d\n', isequal(A * I, A));
% empty inner dimension gives zeros
Z = zeros(3, 0) * zeros(0, 4);
fprintf('zeros(3,0)*zeros(0,4): %dx%d, all zero %d\n', size(Z), all(Z(:) == 0));
Z = zeros(0, 3) * ones(3, 2);
fprintf('zeros(0,3)*ones(3,2): %dx%d\n', size(Z));
Z = ones(2, 3) * zeros(3, 0);
fprintf('ones(2,3)*zeros(3,0): %dx%d\n', size(Z));
% matrix-vector
v = A * [1; 0; -1];
fprintf('A*[1;0;-1] = %g %g\n', v);
% NaN/Inf propagate
fprintf('with Inf: '); fprintf('%g ', [1 Inf] * [1; 0]); fprintf('\n');
fprintf('with NaN: '); fprintf('%g ', [1 2; 3 4] * [NaN; 1]); fprintf('\n');
% non-integer values
P = [0.5 -1.25; 2 0.1] * [1.5 2; -0.5 4];
fprintf('%.6g %.6g\n', P.');
% associativity does not change an integer-valued result
fprintf('(A*B)*A == A*(B*A): %d\n', isequal((A * B) * A, A * (B * A)));
