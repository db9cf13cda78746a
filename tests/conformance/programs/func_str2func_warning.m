% str2func of names and of anonymous-function text; warning goes to stderr
% only (stdout is unchanged) and returns; randn's sizes, classes and moments.
f = str2func('sin');
fprintf('str2func name: %g %s %s\n', f(0), class(f), func2str(f));
g = str2func('@(x) x.^2 + 1');
fprintf('str2func anonymous: %g %g %g\n', g([1 2 3]));
h = str2func('max');
[m, i] = h([3 9 4]);
fprintf('two outputs through it: %g %d\n', m, i);
k = str2func('@(a, b) a * 10 + b');
fprintf('two inputs: %g\n', k(4, 2));
warning('a warning on stderr');
warning('demo:id', 'formatted %d and %s', 3, 'text');
warning('off', 'demo:id');
warning('demo:id', 'not shown');
warning('on', 'demo:id');
fprintf('after warnings\n');
rng(42);
x = randn(1, 20000);
fprintf('randn: size %d %d, class %s, real %d, mean near 0 %d, std near 1 %d\n', size(x), class(x), isreal(x), ...
    abs(mean(x)) < 0.05, abs(std(x) - 1) < 0.05);
fprintf('negative values too: %d, outside 3 sigma rare %d\n', any(x < 0), mean(abs(x) > 3) < 0.01);
fprintf('randn scalar %d %d, square %d %d, dims %d %d %d\n', size(randn), size(randn(3)), size(randn(2, 3, 4)));
fprintf('randn([2 5]) %d %d, empty %d %d\n', size(randn([2 5])), size(randn(0, 3)));
fprintf('randn single: %s\n', class(randn(2, 'single')));
rng(7); a = randn(1, 3);
rng(7); b = randn(1, 3);
fprintf('same seed same values: %d\n', isequal(a, b));
