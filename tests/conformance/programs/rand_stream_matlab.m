% EXPECTED: hand-written (Octave 7's rand is another stream; see tests/conformance/README.md)
% MATLAB's default generator is the Mersenne Twister: after rng(0) (or
% rng('default')) the first rand is 0.814723686393179, and after rng(1)
% rand(2,2) is [0.417022004702574 0.000114374817345; 0.720324493442158
% 0.302332572631840] (issue 6; MATLAB's rand and rng documentation).
rng(0);
fprintf('%.15f\n', rand);
rng(1);
fprintf('%.15f %.15f\n', rand(2, 2)');
rng default
fprintf('%.4f ', rand(1, 5)); fprintf('\n');
rng default
fprintf('%d ', randi(10, 1, 5)); fprintf('\n');
% s = rng saves the settings; rng(s) restores them, mid-stream too.
rng(7);
s = rng;
fprintf('%s %d %s %d %d\n', s.Type, s.Seed, class(s.State), size(s.State, 1), size(s.State, 2));
a = rand(1, 3);
rng(s);
b = rand(1, 3);
fprintf('restored: %d\n', isequal(a, b));
rand(1, 100);
t = rng;
c = rand(2);
rng(123);
rng(t);
fprintf('mid-stream: %d\n', isequal(c, rand(2)));
% The output of rng(seed) is the settings from before the call.
rng(5);
old = rng(9);
fprintf('old seed %d\n', old.Seed);
x = rand;
rng(old);
rng(9);
fprintf('reseeded: %d\n', x == rand);
% Classes and 'like'.
rng(0);
fprintf('%s\n', class(rand(1, 'single')));
fprintf('%s\n', class(rand(2, 'like', single(1))));
fprintf('%s\n', class(rand(2, 2, 'double')));
fprintf('%d %d\n', size(rand([2 3])));
fprintf('%d %d %d\n', size(rand(2, 3, 4)));
fprintf('%d %d\n', size(rand(0, 3)));
z = rand(1, 2, 'like', 1i);
fprintf('%d %s\n', isreal(z), class(z));
r = randi([5 7], 1, 200);
fprintf('%d %d\n', min(r), max(r));
fprintf('%s\n', class(randi(5, 2, 'int8')));
fprintf('%s\n', class(randi(5, 2, 'like', uint16(1))));
p = randperm(6);
fprintf('%d\n', isequal(sort(p), 1:6));
