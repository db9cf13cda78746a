% bench/gpu (a): issue 4's element-wise chain over N points, then sum and
% max of its result, REPS times. N and REPS come from the environment;
% lines marked @single are kept only in the single-precision build
% (bench/gpu/run.py makes both). The first two calls are untimed: the
% device starts, x goes to it and the kernel's pipeline is made (under
% MCC_DEVICE=auto the first call may run on the CPU while x is not on the
% device yet, leaving the pipeline to the second).
n = str2double(getenv('N'));
reps = str2double(getenv('REPS'));
x = linspace(0, 100, n);
x = single(x);  % @single
[s, m] = chain(x);
[s, m] = chain(x);
tic;
for r = 1:reps
  [s, m] = chain(x);
end
t = toc;
% The inputs are used after the clock stops: freeing them (up to 2 GB) at
% their last use would otherwise fall inside the timed region.
fprintf('inputs %g\n', x(end));
fprintf('result %.17g %.17g\nseconds %.9g\n', s, m, t/reps);

function [s, m] = chain(x)
  y0 = sin(x).*exp(-x/10);
  y1 = y0.*cos(x/4) + 0.25*y0.^2;
  y2 = tanh(y1) + 0.1*y1;
  s = sum(y2);
  m = max(y2);
end
