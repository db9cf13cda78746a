% EXPECTED: hand-written (Octave 7 core has no rms), from MATLAB's rms documentation:
% rms(x) = sqrt(mean(abs(x).^2)) along the first non-singleton dimension,
% rms(x, dim), rms(x, vecdim), rms(x, 'all'); NaN propagates; single stays single.
x = [3 4];
fprintf('%.4f\n', rms(x));
A = [1 2 3; 4 5 6];
fprintf('%.4f ', rms(A)); fprintf('\n');
fprintf('%.4f ', rms(A, 2)); fprintf('\n');
fprintf('%.4f\n', rms(A, 'all'));
fprintf('%.4f\n', rms(A, [1 2]));
fprintf('%.4f\n', rms([2; NaN; 1]));
s = rms(single([1 -1 1 -1]));
fprintf('%s %.4f\n', class(s), s);
fprintf('%d %d\n', size(rms(zeros(3, 0))));
fprintf('%d\n', isnan(rms([])));
