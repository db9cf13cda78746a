% A resistor network solved with a sparse conductance (Laplacian) matrix: assembly from an
% edge list with sparse(i,j,v) accumulation, grounding a node, solving with \, branch
% currents, power balance, nnz/find on sparse matrices and full conversion.
edges = [1 2 10; 2 3 20; 3 4 10; 4 1 20; 1 3 5; 2 4 40];   % from, to, ohms
n = 4;
g = 1 ./ edges(:, 3);
i = edges(:, 1); j = edges(:, 2);
G = sparse([i; j; i; j], [j; i; i; j], [-g; -g; g; g], n, n);
fprintf('issparse %d, nnz %d, size %dx%d\n', issparse(G), nnz(G), size(G));
fprintf('row sums zero: %d\n', all(abs(full(sum(G, 2))) < 1e-15));
fprintf('symmetric: %d\n', isequal(G, G'));
% inject 1 A at node 1, ground node 4
I = zeros(n, 1); I(1) = 1;
keep = 1:3;
V = zeros(n, 1);
V(keep) = G(keep, keep) \ I(keep);
fprintf('node voltages: %s\n', sprintf('%.6f ', V));
Ibr = (V(i) - V(j)) .* g;
for k = 1:size(edges, 1)
    fprintf('branch %d-%d: %+.6f A\n', edges(k, 1), edges(k, 2), Ibr(k));
end
fprintf('effective resistance 1-4: %.6f ohm\n', V(1) - V(4));
Pdiss = sum(Ibr.^2 .* edges(:, 3));
fprintf('power balance: %d\n', abs(Pdiss - V(1) * 1) < 1e-12);
% KCL at each node
kcl = accumarray(i, Ibr, [n 1]) - accumarray(j, Ibr, [n 1]);
fprintf('KCL holds at every node: %d\n', all(abs(kcl - [1; 0; 0; -1]) < 1e-12));
[r, c, v] = find(G(1:2, :));
fprintf('find on sparse rows 1-2: %d entries, first (%d,%d)=%.3f\n', numel(v), r(1), c(1), v(1));
S = speye(3) * 2;
fprintf('speye: nnz %d, full %s\n', nnz(S), mat2str(full(S)));
A = sparse([1 1 2], [1 1 3], [5 6 7], 2, 3);
fprintf('duplicates summed: %s\n', mat2str(full(A)));
fprintf('sparse times dense: %s\n', mat2str(full(A * [1; 1; 1])'));
fprintf('nonzeros: %s\n', mat2str(nonzeros(A)'));
