% Monte Carlo estimates with a seeded generator: pi by darts, a random walk and a queue
% waiting-time simulation. Random streams differ between implementations, so only
% properties that hold for any stream are printed (tolerances, sizes, invariants).
rng(42);
N = 200000;
pts = rand(N, 2);
inside = sum(pts(:, 1).^2 + pts(:, 2).^2 <= 1);
piEst = 4 * inside / N;
fprintf('pi estimate within 0.02: %d\n', abs(piEst - pi) < 0.02);
fprintf('samples in [0,1): %d\n', all(pts(:) >= 0 & pts(:) < 1));

% reproducibility: same seed, same numbers
rng(7); a = rand(1, 5);
rng(7); b = rand(1, 5);
fprintf('same seed reproduces: %d\n', isequal(a, b));
rng(8); c = rand(1, 5);
fprintf('other seed differs: %d\n', ~isequal(a, c));

% normal samples: moments
rng(1);
z = randn(1, 100000);
fprintf('mean near 0: %d, std near 1: %d\n', abs(mean(z)) < 0.02, abs(std(z) - 1) < 0.02);
fprintf('fraction within 2 sigma near 0.954: %d\n', abs(mean(abs(z) < 2) - 0.9545) < 0.01);

% integer draws
r = randi(6, 1, 60000);
counts = accumarray(r(:), 1)';
fprintf('dice faces seen: %d, each near 1/6: %d\n', numel(counts), all(abs(counts / 60000 - 1/6) < 0.01));
fprintf('randi range ok: %d, class %s\n', all(r >= 1 & r <= 6), class(r));
p = randperm(10);
fprintf('randperm is a permutation: %d\n', isequal(sort(p), 1:10));

% random walk: final positions
steps = 2 * (rand(500, 1000) > 0.5) - 1;
pos = cumsum(steps, 1);
final = pos(end, :);
fprintf('walk size %dx%d, all steps +-1: %d\n', size(pos), all(abs(steps(:)) == 1));
fprintf('mean square displacement near 500: %d\n', abs(mean(final.^2) / 500 - 1) < 0.25);
fprintf('parity of final positions even: %d\n', all(mod(final, 2) == 0));

% M/M/1 queue with exponential times by inverse transform
lambda = 0.5; mu = 1.0; n = 50000;
arr = cumsum(-log(rand(n, 1)) / lambda);
svc = -log(rand(n, 1)) / mu;
finish = zeros(n, 1);
finish(1) = arr(1) + svc(1);
for k = 2:n
    finish(k) = max(arr(k), finish(k - 1)) + svc(k);
end
wait = finish - arr - svc;
Wq = mean(wait);
fprintf('no negative waits: %d, FIFO order kept: %d\n', all(wait >= -1e-9), all(diff(finish) > 0));
fprintf('mean wait near theory 1.0: %d\n', abs(Wq - lambda / (mu * (mu - lambda))) < 0.15);
