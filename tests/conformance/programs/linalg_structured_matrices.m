% Structured matrices and structure tests: a Toeplitz system from an
% autocorrelation, polynomial interpolation by a Vandermonde system, the
% Hilbert matrix's conditioning, column norms, bounds and rescaling.
r = [4 1.5 0.5 0.1];
T = toeplitz(r);
fprintf('toeplitz: %s\n', mat2str(T));
fprintf('symmetric %d, skew %d, toeplitz(c, r): %s\n', issymmetric(T), issymmetric(T - T', 'skew'), ...
    mat2str(toeplitz([1 2 3], [1 5 6 7])));
a = T \ [1.5; 0.5; 0.1; 0];
fprintf('Yule-Walker coefficients: %s\n', sprintf('%.6f ', a));
x = [1 2 3 4]';
V = vander(x);
fprintf('vander: %s\n', mat2str(V));
c = V \ [2 3 5 10]';
c(abs(c) < 1e-9) = 0;
fprintf('interpolating cubic: %s\n', sprintf('%.4f ', c));
for n = [3 5 7]
    H = hilb(n);
    fprintf('hilb(%d): cond %.4e, H(n,n) %.6f\n', n, cond(H), H(n, n));
end
M = [3 4; -6 8; 0 1];
fprintf('vecnorm columns: %s\n', sprintf('%.4f ', vecnorm(M)));
fprintf('vecnorm rows: %s\n', sprintf('%.4f ', vecnorm(M, 2, 2)));
fprintf('vecnorm 1 and Inf: %s | %s\n', sprintf('%.4f ', vecnorm(M, 1)), sprintf('%.4f ', vecnorm(M, Inf)));
P = [0 0 0; 3 4 0; 1 2 2];
fprintf('point distances: %s\n', sprintf('%.4f ', vecnorm(P - P(1, :), 2, 2)));
A = magic(4);
fprintf('istriu %d %d istril %d %d isdiag %d %d\n', istriu(triu(A)), istriu(A), istril(tril(A, -1)), istril(A), ...
    isdiag(diag([1 2 3])), isdiag(A));
fprintf('isequaln: %d %d %d\n', isequaln([1 NaN 3], [1 NaN 3]), isequal([1 NaN 3], [1 NaN 3]), isequaln([1 NaN], [1 2]));
[lo, hi] = bounds([4 -2 9 NaN 0]);
fprintf('bounds: %g %g\n', lo, hi);
[lo, hi] = bounds(A, 2);
fprintf('row bounds: %s %s\n', mat2str(lo'), mat2str(hi'));
fprintf('rescale: %s\n', sprintf('%.3f ', rescale([2 4 6 10])));
fprintf('rescale to [-1 1]: %s\n', sprintf('%.3f ', rescale([2 4 6 10], -1, 1)));
