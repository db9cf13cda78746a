% Conway's game of life on a torus: neighbour counts with circshift, and the same step
% with conv2 on a padded board, a glider's displacement and a blinker's period.
G = false(10, 10);
G(2, 3) = true; G(3, 4) = true; G(4, 2:4) = true;      % glider
B = false(5, 5); B(3, 2:4) = true;                       % blinker
fprintf('initial glider cells: %d\n', nnz(G));
H = G;
for gen = 1:4
    H = lifeStep(H);
end
[r0, c0] = find(G);
[r1, c1] = find(H);
fprintf('after 4 generations: %d cells, moved by (%d, %d)\n', nnz(H), min(r1) - min(r0), min(c1) - min(c0));
fprintf('same shape: %d\n', isequal(sortrows([r1 - min(r1), c1 - min(c1)]), sortrows([r0 - min(r0), c0 - min(c0)])));
% wrap around the torus
W = G;
for gen = 1:40
    W = lifeStep(W);
end
fprintf('after 40 generations back at start: %d\n', isequal(W, G));
% blinker period 2
B1 = lifeStep(B); B2 = lifeStep(B1);
fprintf('blinker: vertical %d, period 2 %d\n', isequal(find(B1)', [13 14 15]) || all(B1(2:4, 3)), isequal(B2, B));
% conv2 version agrees on a random-free pattern
P = false(12, 12);
P(5:7, 5:7) = logical([0 1 1; 1 1 0; 0 1 0]);        % R-pentomino
Q = P;
pops = zeros(1, 10);
for gen = 1:10
    Q = lifeConv(Q);
    pops(gen) = nnz(Q);
end
fprintf('R-pentomino populations: %s\n', mat2str(pops));
Qc = P;
for gen = 1:10
    Qc = lifeStep(Qc);
end
fprintf('torus and padded agree for 10 gens: %d\n', isequal(Qc, Q));
printBoard(lifeStep(lifeStep(G)));

function N = lifeStep(G)
    n = zeros(size(G));
    for dr = -1:1
        for dc = -1:1
            if dr == 0 && dc == 0, continue; end
            n = n + circshift(G, [dr dc]);
        end
    end
    N = (G & (n == 2 | n == 3)) | (~G & n == 3);
end

function N = lifeConv(G)
    k = ones(3); k(2, 2) = 0;
    n = conv2(double(G), k, 'same');
    N = (n == 3) | (G & n == 2);
end

function printBoard(G)
    for r = 1:size(G, 1)
        row = repmat('.', 1, size(G, 2));
        row(G(r, :)) = '#';
        fprintf('%s\n', row);
    end
end
