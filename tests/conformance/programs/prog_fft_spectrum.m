% Spectrum of a sampled signal: windowing by formula, fft magnitudes, peak finding,
% a moving-average FIR via filter and conv, and a first-order IIR smoother.
fs = 1000;
N = 1000;
t = (0:N-1) / fs;
x = 1.5 * sin(2*pi*50*t) + 0.8 * sin(2*pi*120*t) + 0.3 * cos(2*pi*200*t);
X = fft(x);
P2 = abs(X / N);
P1 = P2(1:N/2+1);
P1(2:end-1) = 2 * P1(2:end-1);
f = fs * (0:N/2) / N;
% local maxima above a threshold
isPeak = [false, P1(2:end-1) > P1(1:end-2) & P1(2:end-1) > P1(3:end), false] & P1 > 0.1;
pk = find(isPeak);
for i = pk
    fprintf('peak at %5.1f Hz, amplitude %.4f\n', f(i), P1(i));
end
[~, order] = sort(P1, 'descend');
fprintf('three largest bins: %s Hz\n', sprintf('%g ', f(order(1:3))));

% Hann window by formula, applied before a shorter fft
M = 256;
w = 0.5 * (1 - cos(2*pi*(0:M-1)' / (M - 1)));
seg = x(1:M)' .* w;
S = abs(fft(seg));
[~, imax] = max(S(1:M/2));
fprintf('windowed segment: strongest bin %d (%.2f Hz), coherent gain %.4f\n', imax, (imax-1)*fs/M, sum(w)/M);

% moving average: filter versus conv
L = 5;
b = ones(1, L) / L;
y1 = filter(b, 1, x);
y2 = conv(x, b);
y2 = y2(1:N);
fprintf('filter and conv agree: %d\n', max(abs(y1 - y2)) < 1e-12);
y3 = conv(x, b, 'same');
fprintf('same-size conv length %d, centre value %.6f\n', numel(y3), y3(500));
yv = conv([1 2 3], [1 1], 'valid');
fprintf('valid conv: %s\n', mat2str(yv));

% first-order IIR low-pass and its step response
alpha = 0.2;
step = ones(1, 20);
ys = filter(alpha, [1, -(1 - alpha)], step);
fprintf('IIR step response: %s\n', sprintf('%.4f ', ys([1 2 5 10 20])));
[yz, zf] = filter([1 1], 1, [1 2 3]);
fprintf('final state: %g, output %s\n', zf, mat2str(yz));
% Parseval
fprintf('Parseval holds: %d\n', abs(sum(x.^2) - sum(abs(X).^2)/N) < 1e-8);
% inverse fft round trip
fprintf('ifft round trip: %d\n', max(abs(real(ifft(X)) - x)) < 1e-12);
