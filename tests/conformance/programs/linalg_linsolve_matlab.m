% EXPECTED: hand-written (Octave 7 differs from MATLAB; see tests/conformance/README.md)
% [X, r] = linsolve(A, B): r is the reciprocal condition number of a square
% A and the rank of a rectangular A (linsolve documentation); a singular
% square A gives r = 0. The rank-deficient least-squares solution is the
% basic one (zero in the column dropped by the pivoted QR).
[x, r] = linsolve([1 1; 1 2; 1 3], [1; 2; 2]);
fprintf('full rank: r = %g, x = %.6f %.6f\n', r, x);
[x, r] = linsolve([1 2; 2 4; 3 6], [1; 2; 3]);
fprintf('rank deficient: r = %g, x = %.6f %.6f\n', r, x);
[x, r] = linsolve([1 2 3; 4 5 6], [6; 15]);
fprintf('wide: r = %g, size %d %d\n', r, size(x));
opts.TRANSA = true;
[x, r] = linsolve([1 2 3; 4 5 6], [5; 7; 9], opts);
fprintf('wide with TRANSA: r = %g, x = %.6f %.6f\n', r, x);
[x, r] = linsolve([1 2; 2 4], [1; 2]);
fprintf('singular: r = %g\n', r);
