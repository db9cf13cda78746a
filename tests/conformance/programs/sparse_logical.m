% Comparisons of sparse matrices give logical sparse matrices: with a
% scalar (where 0 OP c holds every element is stored) and of two sparse
% matrices of the same size; nnz, find, full and sum take them.
S = sparse([1 2 3 3], [1 2 1 3], [4 -1 2 5], 3, 3);
T = sparse([1 3], [1 3], [4 6], 3, 3);
P = S > 0;
fprintf('S > 0: sparse %d, logical %d, nnz %d\n', issparse(P), islogical(P), nnz(P));
fprintf('%d ', full(P)); fprintf('\n');
N = S < 0;
fprintf('S < 0: nnz %d at %d\n', nnz(N), find(N));
Z = S == 0;
fprintf('S == 0: sparse %d, nnz %d\n', issparse(Z), nnz(Z));
E = S == T;
fprintf('S == T: nnz %d: ', nnz(E)); fprintf('%d ', full(E)); fprintf('\n');
D = S ~= T;
fprintf('S ~= T: nnz %d: ', nnz(D)); fprintf('%d ', full(D)); fprintf('\n');
G = 3 < S;
fprintf('3 < S: '); fprintf('%d ', find(G)); fprintf('\n');
c = sum(S >= 2);
fprintf('sum(S >= 2): '); fprintf('%g ', full(c)); fprintf('\n');
M = S .* (S > 0);
fprintf('S .* (S > 0): '); fprintf('%g ', full(M)); fprintf('\n');
