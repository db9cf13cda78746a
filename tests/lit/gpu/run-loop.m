% RUN: %mcc %s -o %t
% RUN: env MCC_DEVICE=cpu %t > %t.cpu
% RUN: %gpu-env MCC_DEVICE=gpu MCC_TRACE=1 MCC_CHECK_LEAKS=1 %t > %t.gpu 2> %t.gpu.trace
% RUN: diff %t.cpu %t.gpu
% RUN: FileCheck %s < %t.gpu
% RUN: FileCheck --check-prefix=GPU %s < %t.gpu.trace
% Loops fused over time run on the GPU (lavapipe), each invocation running
% its elements' steps, and print what the CPU run prints: the counter-based
% generator and mod exactly, the math library within 2 ulp (printed to 9
% digits), and a loop of no steps. The first loop's kernel takes in the
% mean of S: a serial reduction (at most 16,384 elements) whose operands the
% invocations leave for the host to fold in element order (one invocation
% running all 2048 x 64 steps would pass lavapipe's limit of 65,535 loop
% iterations and leave elements unwritten). The second reduces too.
M = 2048; nsteps = 64; m = 2147483647;
S = 100 * ones(M, 1);
idx = (1:M)';
for t = 1:nsteps
  s = mod(4096*idx + t, m - 1) + 1;
  s = mod(s .* (mod(s, 65536) + 16807), m);
  u1 = s / m;
  s = mod(s .* (mod(s, 65536) + 16807), m);
  u2 = s / m;
  S = S .* exp(0.01*sqrt(-2*log(u1)) .* cos(2*pi*u2));
end
fprintf('%.9g %.9g %.9g %.9g\n', S(1), S(M), S(M/2), mean(S));
% CHECK: {{^[0-9.]+ [0-9.]+ [0-9.]+ [0-9.]+$}}
% A step of -0.5, a carried array the next step reads as another's, mod of
% fractions.
a = idx / 7; b = 0 * idx;
for t = 4:-0.5:1
  c = mod(a + t, 1.3) - b;
  b = a;
  a = c;
end
fprintf('%.17g %.17g %.17g\n', a(5), b(M), sum(a - b));
% Zero steps.
n0 = M - 2048;
for t = 1:n0
  a = a * 2;
end
fprintf('%.17g\n', a(9));
% GPU: kernel=k0 n=2048 device=gpu
% GPU: kernel=k{{[0-9]+}} n=2048 device=gpu
