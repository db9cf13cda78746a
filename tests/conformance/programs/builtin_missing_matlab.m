% EXPECTED: hand-written (MATLAB's documentation of fillmissing, rmmissing and discretize; Octave 7 has none of them)
% fillmissing with 'constant' (a scalar and one value per column),
% 'previous', 'next', 'nearest' and 'linear' (its ends extrapolated by
% default, kept with 'EndValues' 'none', set by a scalar 'EndValues'),
% along dim 2, with the mask of filled entries, on integers; rmmissing of
% vectors, of matrix rows and columns and with 'MinNumMissing';
% discretize with edges, values and 'IncludedEdge'.
x = [NaN 1 NaN NaN 4 NaN];
fprintf('constant %s\n', sprintf('%g ', fillmissing(x, 'constant', 0)));
fprintf('previous %s\n', sprintf('%g ', fillmissing(x, 'previous')));
fprintf('next %s\n', sprintf('%g ', fillmissing(x, 'next')));
fprintf('nearest %s\n', sprintf('%g ', fillmissing(x, 'nearest')));
fprintf('linear %s\n', sprintf('%g ', fillmissing(x, 'linear')));
fprintf('linear none %s\n', sprintf('%g ', fillmissing(x, 'linear', 'EndValues', 'none')));
fprintf('linear ends 0 %s\n', sprintf('%g ', fillmissing(x, 'linear', 'EndValues', 0)));
[F, TF] = fillmissing(x, 'previous');
fprintf('mask %s| %s\n', sprintf('%g ', F), sprintf('%d ', TF));
A = [1 NaN; NaN 5; 3 NaN];
fprintf('A previous %s\n', sprintf('%g ', fillmissing(A, 'previous')));
fprintf('A constant %s\n', sprintf('%g ', fillmissing(A, 'constant', [10 20])));
fprintf('A next dim 2 %s\n', sprintf('%g ', fillmissing(A, 'next', 2)));
fprintf('column linear %s\n', sprintf('%g ', fillmissing([2; NaN; 6; NaN], 'linear')));
k = fillmissing(int8([1 2 3]), 'constant', 0);
fprintf('int8 %s %s\n', class(k), sprintf('%d ', k));
fprintf('single %s\n', class(fillmissing(single([1 NaN 3]), 'linear')));
fprintf('rm row %s\n', sprintf('%g ', rmmissing([1 NaN 3 NaN])));
[R, TF] = rmmissing([1; NaN; 3]);
fprintf('rm column %d %d: %s| %s\n', size(R), sprintf('%g ', R), sprintf('%d ', TF));
B = [1 2; NaN 4; 5 6; 7 NaN];
R = rmmissing(B);
fprintf('rm rows %d %d: %s\n', size(R), sprintf('%g ', R));
fprintf('rm columns %s\n', sprintf('%d ', size(rmmissing(B, 2))));
C = [1 NaN NaN; 2 3 NaN; 4 5 6];
R = rmmissing(C, 'MinNumMissing', 2);
fprintf('rm min 2 %d %d: %s\n', size(R), sprintf('%g ', R));
fprintf('discretize %s\n', sprintf('%g ', discretize([1 2.5 3 4.5 5 6 0 NaN], [1 3 5])));
fprintf('right %s\n', sprintf('%g ', discretize([1 2.5 3 4.5 5 6 0 NaN], [1 3 5], 'IncludedEdge', 'right')));
fprintf('values %s\n', sprintf('%g ', discretize([1 4 9], [0 2 5], [10 20])));
[Y, E] = discretize(2, [0 1 2 3]);
fprintf('Y %g E %s\n', Y, sprintf('%g ', E));
Y = discretize([1 2; 3 4], [0 2 5]);
fprintf('shape %d %d: %s\n', size(Y), sprintf('%g ', Y));
