% EXPECTED: hand-written (Octave 7 differs from MATLAB; see tests/conformance/README.md)
% mean of an empty array is a sum over nothing divided by a count of zero:
% NaN for [] and for an empty vector, and one NaN per column for zeros(0,3)
% (mean works down the first dimension whose size is not 1, like sum).
% Octave 7 returns an empty array for the last two.
fprintf('mean([]) = %g\n', mean([]));
fprintf('mean(zeros(1,0)) = %g\n', mean(zeros(1, 0)));
m = mean(zeros(0, 3));
fprintf('mean(zeros(0,3)): size %d %d:', size(m)); fprintf(' %g', m); fprintf('\n');
m = mean(zeros(0, 3), 2);
fprintf('mean(zeros(0,3),2): size %d %d\n', size(m));
