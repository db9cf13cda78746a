% EXPECTED: hand-written (MATLAB's documentation of iqr, mad, skewness and kurtosis: each "treats NaN values as missing values and removes them"; Octave 7's mad, skewness and kurtosis give NaN; the values are Octave's for the data without its NaNs)
% iqr, mad (flag 0 and 1), skewness and kurtosis (biased and corrected) of
% data holding NaN, as a vector and down the columns of a matrix, and of a
% column that is all NaN.
x = [2 NaN 4 4 5 NaN 7 9];
fprintf('iqr %.10g\n', iqr(x));
fprintf('mad %.10g %.10g\n', mad(x), mad(x, 1));
fprintf('skewness %.10g %.10g\n', skewness(x), skewness(x, 0));
fprintf('kurtosis %.10g %.10g\n', kurtosis(x), kurtosis(x, 0));
A = [1 NaN NaN; 2 4 NaN; 10 NaN NaN; 3 8 NaN];
fprintf('iqr A %s\n', sprintf('%.10g ', iqr(A)));
fprintf('mad A %s\n', sprintf('%.10g ', mad(A, 1)));
fprintf('skewness A %s\n', sprintf('%.10g ', skewness(A)));
