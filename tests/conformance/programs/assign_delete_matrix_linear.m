% EXPECTED: hand-written (Octave 7 differs from MATLAB; see tests/conformance/README.md)
% Deleting with a single subscript from a matrix (not a vector) reshapes the
% rest into a ROW vector, whether the subscript is a scalar, a vector or a
% logical mask, and since R2016a even when the subscript is empty (MathWorks
% support answer "Indexed deletion with an empty index transforms a matrix into
% a row vector since R2016a"). Octave 7 returns a column for several elements
% and leaves the matrix alone for an empty subscript.
A = [1 2; 3 4];
A(1) = [];
fprintf('A(1) = []: size %d %d: ', size(A)); fprintf('%d ', A); fprintf('\n');
B = [1 4 7; 2 5 8; 3 6 9];
B([1 5 9]) = [];
fprintf('B([1 5 9]) = []: size %d %d: ', size(B)); fprintf('%d ', B); fprintf('\n');
C = [1 3; 2 4];
C(logical([1 0; 0 1])) = [];
fprintf('C(mask) = []: size %d %d: ', size(C)); fprintf('%d ', C); fprintf('\n');
D = [1 3; 2 4];
D([]) = [];
fprintf('D([]) = []: size %d %d\n', size(D));
c = [1; 2; 3];
c(2) = [];
fprintf('a column vector stays a column: size %d %d\n', size(c));
