% Sparse arithmetic and MATLAB's result rules (checked with issparse):
% sparse +- full is full, sparse .* anything and sparse * scalar are
% sparse, sparse * full matrix is full, sparse * sparse is sparse, and
% S(i, j) reads a value. MATLAB's documentation of `sparse` (Tips):
% operations on sparse matrices return sparse matrices and mixed operations
% full ones, except where the result is structurally sparse (A .* S); Octave
% agrees with MATLAB on each rule printed here. Not printed: issparse of
% S(i, j), a 1x1 sparse in MATLAB and Octave, a full scalar in mcc (its
% one deviation, README "Sparse matrices"; the values agree).
n = 4;
e = ones(n, 1);
S = spdiags([-e 2*e -e], [-1 0 1], n, n);
T = sparse([1 2 4], [1 3 4], [5 6 7], n, n);
x = (1:n)';
F = magic(4);
y = S * x;
fprintf('S*x: '); fprintf('%g ', y); fprintf(' (sparse %d)\n', issparse(y));
w = x' * S;
fprintf('x''*S: '); fprintf('%g ', w); fprintf(' (sparse %d)\n', issparse(w));
P = S * T;
fprintf('S*T sparse %d nnz %d: ', issparse(P), nnz(P)); fprintf('%g ', full(P)); fprintf('\n');
Q = S + T;
fprintf('S+T sparse %d: ', issparse(Q)); fprintf('%g ', full(Q)); fprintf('\n');
Q = S - T;
fprintf('S-T sparse %d: ', issparse(Q)); fprintf('%g ', full(Q)); fprintf('\n');
G = S + F;
fprintf('S+F sparse %d: ', issparse(G)); fprintf('%g ', G); fprintf('\n');
G = F - S;
fprintf('F-S sparse %d: ', issparse(G)); fprintf('%g ', G); fprintf('\n');
G = S + 1;
fprintf('S+1 sparse %d: ', issparse(G)); fprintf('%g ', G); fprintf('\n');
N = -S;
fprintf('-S sparse %d: ', issparse(N)); fprintf('%g ', full(N)); fprintf('\n');
M = 3 * S;
fprintf('3*S sparse %d: ', issparse(M)); fprintf('%g ', full(M)); fprintf('\n');
M = S * 0.5;
fprintf('S*0.5 sparse %d: ', issparse(M)); fprintf('%g ', full(M)); fprintf('\n');
M = S / 4;
fprintf('S/4 sparse %d: ', issparse(M)); fprintf('%g ', full(M)); fprintf('\n');
M = S .* T;
fprintf('S.*T sparse %d: ', issparse(M)); fprintf('%g ', full(M)); fprintf('\n');
M = S .* F;
fprintf('S.*F sparse %d: ', issparse(M)); fprintf('%g ', full(M)); fprintf('\n');
M = S .^ 2;
fprintf('S.^2 sparse %d: ', issparse(M)); fprintf('%g ', full(M)); fprintf('\n');
M = abs(S);
fprintf('abs(S) sparse %d: ', issparse(M)); fprintf('%g ', full(M)); fprintf('\n');
H = S * F;
fprintf('S*F sparse %d: ', issparse(H)); fprintf('%g ', H); fprintf('\n');
H = F * S;
fprintf('F*S sparse %d: ', issparse(H)); fprintf('%g ', H); fprintf('\n');
% element reads
fprintf('S(2,2) = %g, S(1,3) = %g, S(4,3) = %g, S(6) = %g\n', S(2, 2), S(1, 3), S(4, 3), S(6));
c = S(:, 2);
fprintf('S(:,2) sparse %d: ', issparse(c)); fprintf('%g ', full(c)); fprintf('\n');
r = S(3, :);
fprintf('S(3,:) sparse %d: ', issparse(r)); fprintf('%g ', full(r)); fprintf('\n');
B = S(2:3, [1 4 2]);
fprintf('S(2:3,[1 4 2]): '); fprintf('%g ', full(B)); fprintf('\n');
fprintf('S(end,end) = %g\n', S(end, end));
% reductions and norms
d = diag(S);
fprintf('diag(S) sparse %d: ', issparse(d)); fprintf('%g ', full(d)); fprintf('\n');
d = diag(T, 2);
fprintf('diag(T,2): '); fprintf('%g ', full(d)); fprintf('\n');
s1 = sum(T);
fprintf('sum(T) sparse %d: ', issparse(s1)); fprintf('%g ', full(s1)); fprintf('\n');
s2 = sum(T, 2);
fprintf('sum(T,2): '); fprintf('%g ', full(s2)); fprintf('\n');
fprintf('norm(S,1) = %g, norm(S,inf) = %g, norm(S,''fro'') = %.10g\n', norm(S, 1), norm(S, inf), norm(S, 'fro'));
fprintf('norm(T,1) = %g, norm(T,Inf) = %g\n', norm(T, 1), norm(T, Inf));
% kron: the 2-D Laplacian of a 3x3 grid
L = spdiags([-ones(3,1) 2*ones(3,1) -ones(3,1)], [-1 0 1], 3, 3);
K = kron(speye(3), L) + kron(L, speye(3));
fprintf('kron: %d x %d, nnz %d, sparse %d\n', size(K, 1), size(K, 2), nnz(K), issparse(K));
fprintf('%2g %2g %2g %2g %2g %2g %2g %2g %2g\n', full(K)');
