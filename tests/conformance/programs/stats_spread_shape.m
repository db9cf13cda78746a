% iqr, mad (mean and median absolute deviation), skewness, kurtosis (biased
% and corrected) and zscore along dims, on vectors, matrices, single and
% integer data (Octave 7.3; NaN cases are in stats_spread_nan_matlab).
x = [2 4 4 4 5 5 7 9 12 1];
A = [1 5 2; 8 3 9; 4 7 6; 10 2 11];
fprintf('iqr %.10g %.10g\n', iqr(x), iqr(x'));
fprintf('iqr A %s\n', sprintf('%.10g ', iqr(A)));
fprintf('iqr A,2 %s\n', sprintf('%.10g ', iqr(A, 2)));
fprintf('iqr scalar %.10g, single class %s\n', iqr(5), class(iqr(single(x))));
fprintf('mad %.10g %.10g\n', mad(x), mad(x, 1));
fprintf('mad A %s\n', sprintf('%.10g ', mad(A)));
fprintf('mad A,1,2 %s\n', sprintf('%.10g ', mad(A, 1, 2)));
fprintf('mad A,0,2 %s\n', sprintf('%.10g ', mad(A, 0, 2)));
fprintf('mad int %.10g %s\n', mad(int16([1 2 3 10])), class(mad(int16([1 2 3 10]))));
fprintf('skew %.10g %.10g\n', skewness(x), skewness(x, 0));
fprintf('skew A %s\n', sprintf('%.10g ', skewness(A)));
fprintf('skew A,1,2 %s\n', sprintf('%.10g ', skewness(A, 1, 2)));
fprintf('skew [] flag %.10g\n', skewness(x, []));
fprintf('skew const %.10g, two corrected %.10g\n', skewness([3 3 3]), skewness([1 2], 0));
fprintf('kurt %.10g %.10g\n', kurtosis(x), kurtosis(x, 0));
fprintf('kurt A %s\n', sprintf('%.10g ', kurtosis(A)));
fprintf('kurt A,0,2 %s\n', sprintf('%.10g ', kurtosis(A, 0, 2)));
fprintf('kurt three corrected %.10g, single %s\n', kurtosis([1 2 4], 0), class(kurtosis(single(x))));
[z, mu, sigma] = zscore(x);
fprintf('z %s| %.10g %.10g\n', sprintf('%.6f ', z), mu, sigma);
z1 = zscore(x, 1);
fprintf('z1 %s\n', sprintf('%.6f ', z1));
[Z, M, S] = zscore(A);
fprintf('Z %s\nM %s S %s\n', sprintf('%.6f ', Z), sprintf('%.10g ', M), sprintf('%.10g ', S));
Z2 = zscore(A, 0, 2);
fprintf('Z2 %s size %d %d\n', sprintf('%.6f ', Z2), size(Z2));
fprintf('z const %s\n', sprintf('%g ', zscore([4 4 4])));
fprintf('z int class %s\n', class(zscore(int8([1 2 3]))));
