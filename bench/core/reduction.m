n = 8000000;
% Normalisation statistics of a signal: mean, standard deviation by the
% centred sum of squares, the fraction above one deviation, and the range.
x = linspace(-1, 1, n);
v = x.^3 - 0.5*x + 0.25*cos(8*x);
mu = mean(v);
sd = sqrt(sum((v - mu).^2) / (n - 1));
frac = mean(abs(v - mu) > sd);
fprintf('mean = %.6e, std = %.8f, frac = %.6f, range = %.8f\n', mu, sd, frac, max(v) - min(v));
