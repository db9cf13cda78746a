% RUN: %mcc --emit=kernels %s | FileCheck %s
% RUN: %mcc %s -o %t && %mcc -fno-fusion %s -o %t.unfused
% RUN: env MCC_TRACE=1 MCC_CHECK_LEAKS=1 %t > %t.out 2> %t.trace && %t.unfused > %t.unfused.out
% RUN: diff %t.out %t.unfused.out
% RUN: FileCheck --check-prefix=TRACE %s < %t.trace
% A loop in a function whose arrays have lengths only the run time knows
% (?x1 parameters) is fused under a guard (FormLoopKernels): the kernel runs
% when the guarded arrays have the loop's shape, the loop as written
% otherwise (a 1x1 array that expands, lengths that differ), printing the
% same either way.
a = find(mod(1:3000, 3) == 0)';
b = find(mod(1:3000, 3) == 1)';
one = find((1:10) == 4)';
[y, s] = ema(a / 3000, b / 3000, 50, 0.1);
fprintf('%d %.17g %.17g\n', numel(y), y(end), s);
[y, s] = ema(one / 10, b / 3000, 50, 0.1);
fprintf('%d %.17g %.17g\n', numel(y), y(end), s);
function [y, s] = ema(x, y, n, alpha)
  for k = 1:n
    y = (1 - alpha)*y + alpha*(x + mod(7*k + x, 5));
  end
  s = sum(y);
end
% One kernel holds the loop and the sum after it, the shapes of its two
% arrays checked before it runs.
% CHECK: kernel k0 in loop-guarded>ema<double ?x1, double ?x1, double scalar whole >0, double scalar >0>: ({{.*}}) -> (%{{[0-9]+}} array double, %{{[0-9]+}} scalar double) over double ?x1
% CHECK: guard: one shape of in{{[0-9]+}} in{{[0-9]+}}
% CHECK-NEXT: loop t = n{{[0-9]+}}:n{{[0-9]+}}, n{{[0-9]+}} steps
% CHECK: reduce sum
% The first call runs it once for its 50 steps; the second (x is 1x1)
% runs the loop as written, its own kernels step by step.
% TRACE-NOT: kernel=k0
% TRACE: kernel=k0 n=1000
% TRACE-NOT: kernel=k0
