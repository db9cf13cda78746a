% EXPECTED: hand-written (Octave 7 has no discretize), from MATLAB's
% discretize documentation: [Y, E] = discretize(X, N) divides the data into
% N bins of uniform width, with the edges histcounts(X, N) chooses (the
% same "nice" bin picker), and returns them as E; values and 'IncludedEdge'
% apply as with explicit edges.
x = [0.5 1.2 1.6 2.3 2.9 3.1 4.8 5.0];
[y, e] = discretize(x, 3);
fprintf('%g ', y); fprintf('| '); fprintf('%g ', e); fprintf('\n');
[~, e2] = histcounts(x, 3);
fprintf('%d\n', isequal(e, e2));
fprintf('%g ', discretize(x, 3, [10 20 30])); fprintf('\n');
% The documentation's primes, in 6 bins: edges 0:4.9:29.4.
[y, e] = discretize([2 3 5 7 11 13 17 19 23 29], 6);
fprintf('%g ', y); fprintf('| '); fprintf('%.1f ', e); fprintf('\n');
