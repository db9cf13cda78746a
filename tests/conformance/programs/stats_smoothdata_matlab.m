% EXPECTED: hand-written (MATLAB's documentation of smoothdata; Octave 7 has no smoothdata)
% smoothdata with a window: 'movmean' (the default method) and
% 'movmedian', NaN omitted (MATLAB's default) or included, along a dim.
% The expected output is written by hand from MATLAB's documentation
% (movmean/movmedian over the window with shrunk ends, 'omitnan' by
% default), never from what mcc prints.
A = [1 4 2 8 5 7 3];
fprintf('movmean 3: %s\n', sprintf('%.4f ', smoothdata(A, 'movmean', 3)));
fprintf('movmedian 3: %s\n', sprintf('%g ', smoothdata(A, 'movmedian', 3)));
fprintf('movmean 4: %s\n', sprintf('%.4f ', smoothdata(A, 'movmean', 4)));
B = [1 NaN 3 4 NaN 6];
fprintf('omitnan: %s\n', sprintf('%.4f ', smoothdata(B, 'movmean', 3)));
fprintf('includenan: %s\n', sprintf('%.4f ', smoothdata(B, 'movmean', 3, 'includenan')));
M = [1 2; 3 8; 5 4; 7 10];
fprintf('columns: %s\n', sprintf('%g ', smoothdata(M, 'movmean', 3)));
fprintf('dim 2: %s\n', sprintf('%g ', smoothdata(M, 2, 'movmean', 2)));
fprintf('movmedian dim 1: %s\n', sprintf('%g ', smoothdata(M, 1, 'movmedian', 3)));
