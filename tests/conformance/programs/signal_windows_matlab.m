% EXPECTED: hand-written for hann (Octave 7 core has no hann; the signal package's
% is not installed): the expected output is Octave's run of this program with
% hann defined by MATLAB's documented formula w(n) = 0.5*(1 - cos(2*pi*n/N)),
% 0 <= n <= N, window length L = N + 1 ('symmetric', the default), and
% 'periodic' as the symmetric window of L + 1 points less its last. hamming
% (0.54 - 0.46*cos(2*pi*n/N)) is Octave 7's own.
w = hann(5);
fprintf('%d %d\n', size(w));
fprintf('%.4f ', w); fprintf('\n');
fprintf('%.4f ', hann(6)); fprintf('\n');
fprintf('%.4f ', hann(4, 'periodic')); fprintf('\n');
fprintf('%.4f ', hann(4, 'symmetric')); fprintf('\n');
fprintf('%.4f ', hamming(5)); fprintf('\n');
fprintf('%.4f ', hamming(6)); fprintf('\n');
fprintf('%.4f ', hamming(4, 'periodic')); fprintf('\n');
fprintf('%g %g\n', hann(1), hamming(1));
fprintf('%d %d\n', size(hann(0)));
% A window applied to a signal before its spectrum is taken.
x = sin(2*pi*(0:15)'/8);
xw = x .* hamming(16);
fprintf('%.4f\n', sum(abs(xw)));
fprintf('%.4f\n', sum(hann(64)) / 64);
