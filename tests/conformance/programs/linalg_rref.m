% rref: reduced row echelon form by Gauss-Jordan elimination with partial
% pivoting, and the pivot columns.
A = [1 2 1; 2 4 0; 3 6 1];
[R, jb] = rref(A);
fprintf('%g ', round(R * 1e6) / 1e6 + 0); fprintf('| '); fprintf('%d ', jb); fprintf('\n');
[R, jb] = rref([1 2 3 4; 2 4 6 8; 1 0 1 0]);
fprintf('%g ', round(R * 1e6) / 1e6 + 0); fprintf('| '); fprintf('%d ', jb); fprintf('\n');
R = rref(magic(4));
fprintf('%g ', round(R * 1e6) / 1e6 + 0); fprintf('\n');
[R, jb] = rref([1 2 3; 4 5 6; 7 8 10]);
fprintf('%g ', round(R * 1e6) / 1e6 + 0); fprintf('| '); fprintf('%d ', jb); fprintf('\n');
% An augmented system [A b]: the last column is the solution.
R = rref([2 1 -1 8; -3 -1 2 -11; -2 1 2 -3]);
fprintf('%g ', round(R(:, end) * 1e6) / 1e6 + 0); fprintf('\n');
% A tolerance that treats a small pivot as zero.
[R, jb] = rref([1 1; 1 1 + 1e-9], 1e-6);
fprintf('%g ', round(R * 1e6) / 1e6 + 0); fprintf('| '); fprintf('%d ', jb); fprintf('\n');
[R, jb] = rref(zeros(2, 3));
fprintf('%g ', R); fprintf('| %d\n', numel(jb));
