% EXPECTED: hand-written (Octave 7's normalize has one output and its
% rescale no name-value options), from MATLAB's documentation:
% [N, C, S] = normalize(A, ...) also gives the centre and scale of each
% slice, N = (A - C) ./ S (for 'range' [a b], C and S map the data onto
% [a b]); rescale(A, l, u, 'InputMin', inmin, 'InputMax', inmax) clips A to
% [inmin, inmax] first and maps that range onto [l, u].
A = [1 2; 3 5; 6 9];
[N, C, S] = normalize(A);
fprintf('%.4f ', C, S); fprintf('| %d %d\n', size(C));
fprintf('%.4f ', N); fprintf('\n');
[~, C, S] = normalize([1 2 3 4 10], 'range');
fprintf('%g %g\n', C, S);
[N, C, S] = normalize([1 2 3 4 10], 'range', [-1 1]);
fprintf('%g %g | %g %g\n', C, S, N(1), N(end));
[~, C, S] = normalize(A, 2, 'center');
fprintf('%g ', C, S); fprintf('| %d %d\n', size(C));
fprintf('%.4f ', rescale([1 2 3 4 10], 0, 1, 'InputMin', 0, 'InputMax', 5)); fprintf('\n');
fprintf('%.4f ', rescale([1 2 3 4 10], 'InputMax', 4)); fprintf('\n');
fprintf('%.4f ', rescale([1 2 3 4 10], -1, 1)); fprintf('\n');
