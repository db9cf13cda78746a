% Vector and matrix norms.
v = [3 -4];
fprintf('norm(v) = %g, 1: %g, Inf: %g, -Inf: %g, fro: %g\n', ...
    norm(v), norm(v, 1), norm(v, Inf), norm(v, -Inf), norm(v, 'fro'));
fprintf('column vector: %g\n', norm([1; 2; 2]));
fprintf('p = 3: %.6g\n', norm([1 2 3], 3));
A = [1 -2; 3 4];
fprintf('norm(A) = %.6g\n', norm(A));
fprintf('norm(A, 1) = %g\n', norm(A, 1));
fprintf('norm(A, Inf) = %g\n', norm(A, Inf));
fprintf('norm(A, ''fro'') = %.6g\n', norm(A, 'fro'));
fprintf('norm(A, 2) == norm(A): %d\n', norm(A, 2) == norm(A));
fprintf('norm(eye(3)) = %g\n', norm(eye(3)));
fprintf('norm(diag) = %g\n', norm([2 0; 0 -5]));
fprintf('norm([]) = %g\n', norm([]));
fprintf('norm(zeros(3,1)) = %g\n', norm(zeros(3, 1)));
fprintf('norm with Inf = %g\n', norm([1 Inf 2]));
fprintf('norm with NaN = %g\n', norm([1 NaN 2]));
fprintf('norm(-7) = %g\n', norm(-7));
fprintf('no overflow: %.6g\n', norm([3e200 4e200]));
fprintf('rectangular: %.6g\n', norm([1 2 3; 4 5 6]));
