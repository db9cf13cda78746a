n = 1000;
% Julia's micro-benchmark: the product of an n-by-n matrix with its
% transpose (pseudo-random entries from a Park-Miller generator, so the C
% version multiplies the same matrix; both call BLAS).
seed = 42;
A = zeros(n, n);
for k = 1:n * n
  seed = mod(seed * 16807, 2147483647);
  A(k) = seed / 2147483647;
end
C = A * A';
fprintf('matrix_multiply: trace %.6e, C(1, n) %.6e\n', trace(C), C(1, n));
