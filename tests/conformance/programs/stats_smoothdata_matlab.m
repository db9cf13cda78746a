% EXPECTED: hand-written (MATLAB's documentation of smoothdata; Octave 7 has no smoothdata)
% smoothdata with a window: 'movmean' (the default method), 'movmedian'
% and 'gaussian', NaN omitted (MATLAB's default) or included, along a dim.
% The expected output is written by hand from MATLAB's documentation
% (movmean/movmedian over the window with shrunk ends, 'omitnan' by
% default; 'gaussian' is MathWorks' own worked example, smoothdata(g,
% 'gaussian', 5), and weights exp(-d^2/(2*(window/5)^2)) normalised over
% the values present, as MathWorks describes the method), never from what
% mcc prints.
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
g = [0.27 -0.13 0.3 -0.1 -0.12 -0.01 -0.21 -0.13 -0.11 -0.05 -0.26 0.04];
fprintf('gaussian 5: %s\n', sprintf('%.4f ', smoothdata(g, 'gaussian', 5)));
fprintf('gaussian nan: %s\n', sprintf('%.4f ', smoothdata(B, 'gaussian', 3)));
