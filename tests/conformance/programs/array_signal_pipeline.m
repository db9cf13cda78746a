% A vectorised signal pipeline on 200,000 samples (large enough for kernels): a synthetic
% two-tone signal, gain and clipping, RMS and peak statistics, a threshold detector, a moving
% sum by cumsum differences, and an energy per block by reshape.
n = 200000;
fs = 1000;
t = (0:n-1) / fs;
x = 0.8 * sin(2*pi*5*t) + 0.3 * cos(2*pi*50*t);
y = 1.5 * x;
y(y > 1) = 1;
y(y < -1) = -1;
fprintf('clipped samples: %d\n', nnz(abs(y) == 1));
fprintf('rms x %.6f y %.6f\n', sqrt(mean(x.^2)), sqrt(mean(y.^2)));
fprintf('peak %.6f\n', max(x));
above = x > 0.9;
edges = find(diff([false above]) == 1);
fprintf('threshold crossings: %d, first at %d\n', numel(edges), edges(1));
w = 50;
c = cumsum([0 x]);
ms = c(w+1:end) - c(1:end-w);
fprintf('moving sum: %d values, max %.4f min %.4f\n', numel(ms), max(ms), min(ms));
blocks = reshape(x, 1000, []);
energy = sum(blocks.^2, 1);
fprintf('blocks %d, energy mean %.4f std %.4f\n', numel(energy), mean(energy), std(energy));
z = exp(-t) .* sin(2*pi*t) + log1p(t) - sqrt(t);
fprintf('z sum %.6f last %.6f\n', sum(z), z(end));
d = diff(x) * fs;
fprintf('max slope %.4f\n', max(abs(d)));
m = mean(reshape(y, 4, []), 1);
fprintf('decimated: %d samples, mean %.6f\n', numel(m), mean(m));
