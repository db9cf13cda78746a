% bench/gpu (c): per-image normalisation of a B x 2160 x 3840 batch: mean
% and standard deviation of each image (over dims 2 and 3), gain and bias,
% clamp at 0, power gamma, then the mean squared error against the input,
% REPS times. The input is rand(B, H, W) after rng(0) (MATLAB's Mersenne
% Twister stream, which NumPy's RandomState(5489) reproduces), made before
% the clock starts. B and REPS come from the
% environment; lines marked @single are kept only in the single-precision
% build. The first two calls are untimed (device start, upload,
% pipelines: under MCC_DEVICE=auto the first call runs the means on the CPU
% while X is not on the device yet, leaving their pipeline to the second).
B = str2double(getenv('B'));
reps = str2double(getenv('REPS'));
H = 2160; W = 3840;
rng(0);
X = rand(B, H, W);
X = single(X);  % @single
e = normalize(X);
e = normalize(X);
tic;
for k = 1:reps
  e = normalize(X);
end
t = toc;
% The inputs are used after the clock stops: freeing them (up to 2 GB) at
% their last use would otherwise fall inside the timed region.
fprintf('inputs %g\n', X(end));
fprintf('result %.17g\nseconds %.9g\n', e, t/reps);

function e = normalize(X)
  gain = 1.5; bias = 0.25; gamma = 0.8;
  mu = mean(X, [2 3]);
  sd = std(X, 0, [2 3]);
  Y = max((X - mu) ./ sd * gain + bias, 0) .^ gamma;
  e = mean((Y - X).^2, 'all');
end
