% EXPECTED: hand-written (Octave 7 has no fillmissing, standardizeMissing
% nor ismissing of cells), from MATLAB's documentation: fillmissing's
% 'spline' and 'pchip' interpolate the known values at their indices (and
% extrapolate the ends) as spline and pchip do (the values below are
% Octave's spline and pchip of the same points); 'movmean' and 'movmedian'
% fill with the mean (median) of the known values in a window (k elements
% centred, or [kb kf]); 'EndValues' 'previous', 'next' and 'nearest' fill
% the leading and trailing missing values from the nearest known value on
% that side, 'none' leaves them. ismissing counts '' in a cell of char
% vectors missing; ismissing(A, indicator) marks the values equal to the
% indicator's (and only those); standardizeMissing(A, indicator) turns them
% into the standard missing value (NaN, ' ' for char, '' in cells).
v = [NaN 1 4 NaN 16 NaN 36 NaN];
fprintf('%.4f ', abs(fillmissing(v, 'spline'))); fprintf('\n');
fprintf('%.4f ', fillmissing(v, 'pchip')); fprintf('\n');
fprintf('%g ', fillmissing([1 NaN 3 NaN 5 6], 'movmean', 3)); fprintf('\n');
w = [4 NaN 1 NaN NaN 8 2];
fprintf('%g ', fillmissing(w, 'movmedian', 3)); fprintf('\n');
fprintf('%.4f ', fillmissing(w, 'movmean', 5)); fprintf('\n');
fprintf('%g ', fillmissing(w, 'movmean', [1 0])); fprintf('\n');
x = [NaN NaN 2 NaN 5 NaN NaN];
fprintf('%g ', fillmissing(x, 'linear', 'EndValues', 'nearest')); fprintf('\n');
fprintf('%g ', fillmissing(x, 'linear', 'EndValues', 'previous')); fprintf('\n');
fprintf('%g ', fillmissing(x, 'linear', 'EndValues', 'next')); fprintf('\n');
fprintf('%g ', fillmissing([NaN 2 NaN NaN 5 NaN], 'nearest', 'EndValues', 'none')); fprintf('\n');
[F, TF] = fillmissing([NaN 1 NaN 3; 2 NaN 4 NaN], 'movmean', 3, 2);
fprintf('%g ', F); fprintf('| '); fprintf('%d ', TF); fprintf('\n');
fprintf('%d ', ismissing({'a', '', 'c'})); fprintf('\n');
fprintf('%d ', ismissing([1 -99 NaN], -99)); fprintf('\n');
fprintf('%d ', ismissing([1 -99 NaN], [-99 NaN])); fprintf('\n');
fprintf('%d ', ismissing('a-b c', '-')); fprintf('\n');
fprintf('%d ', ismissing({'x', 'N/A', ''}, 'N/A')); fprintf('\n');
fprintf('%g ', standardizeMissing([1 -99 3 -99], -99)); fprintf('\n');
c = standardizeMissing({'a', 'N/A', 'c'}, {'N/A', 'NA'});
fprintf('[%s]', c{:}); fprintf('\n');
fprintf('[%s]\n', standardizeMissing('a-b', '-'));
s = standardizeMissing(single([0 9 0]), 0);
fprintf('%s %g %g %g\n', class(s), s);
