% EXPECTED: hand-written (Octave 7 differs from MATLAB; see tests/conformance/README.md)
% filtfilt and ifft(..., 'symmetric'), which Octave 7's core lacks.
% filtfilt follows MATLAB's documented algorithm: the data extended at both
% ends by odd reflection over 3*(max(length(a), length(b)) - 1) points,
% filtered forwards and backwards from steady-state initial conditions
% scaled by the first sample. The expected values were computed by running
% that algorithm, written out with filter, under Octave 7.3.
x = [1 3 2 5 4 6 8 7 9 10 12 11];
fprintf('fir: %s\n', sprintf(' %.8f', filtfilt([1 1 1] / 3, 1, x)));
fprintf('iir: %s\n', sprintf(' %.8f', filtfilt(0.3, [1 -0.7], x)));
fprintf('biquad: %s\n', sprintf(' %.8f', filtfilt([0.2 0.4 0.2], [1 -0.5 0.3], x)));
y = filtfilt([0.5 0.5], 1, [x' 2 * x']);
fprintf('columns: %d %d %.8f %.8f\n', size(y), y(5, 1), y(5, 2));
fprintf('row stays row: %d %d\n', size(filtfilt(1, [1 -0.5], x)));
fprintf('symmetric: %d %s\n', isreal(ifft([10 -2+2i -2 -2-2i], 'symmetric')), sprintf(' %g', ifft([10 -2+2i -2 -2-2i], 'symmetric')));
fprintf('nearly symmetric: %d\n', isreal(ifft([10 -2+2i -2 -2-2.0000001i], 'symmetric')));
