% RUN: %mcc %s -o %t
% RUN: env MCC_DEVICE=cpu %t > %t.cpu
% RUN: %gpu-env MCC_DEVICE=gpu MCC_TRACE=1 MCC_CHECK_LEAKS=1 %t > %t.gpu 2> %t.gpu.trace
% RUN: diff %t.cpu %t.gpu
% RUN: FileCheck %s < %t.gpu
% RUN: FileCheck --check-prefix=GPU %s < %t.gpu.trace
% RUN: %gpu-env MCC_DEVICE=gpu MCC_TRACE=1 MCC_CHECK_LEAKS=1 MCC_GPU_FAULT=lost-later %t > %t.lost 2> %t.lost.trace
% RUN: diff %t.cpu %t.lost
% RUN: FileCheck --check-prefix=LOST %s < %t.lost.trace
% Residency: consecutive kernels read the same large input x. It is
% uploaded once, by the first launch; the next ones find it resident
% (upload=0B). An array output (u) stays on the device (download=0B): the
% next kernel reads it there, and the host fetches it only when it reads
% it. Every result is the CPU's.
n = 400000;
x = linspace(0, 1, n);
u = x .* 2 + 1;
mu = max(u);
v = u ./ mu + x;
t = sum(v .^ 2);
fprintf('%.10g %.10g %.10g\n', mu, t, v(end));
% CHECK: 3 637037.5 2
s = sum(x .^ 2);
fprintf('%.10g\n', s);
% CHECK: 133333.5
m = max(exp(-x) .* 3);
fprintf('%.10g\n', m);
% CHECK: 3
fprintf('%.10g %.10g\n', u(1), u(end));
% CHECK: 1 3
% GPU: kernel=k{{[0-9]+}} n=400000 device=gpu {{.*}} upload=3200000B resident=0B download=0B
% GPU-NEXT: kernel=k{{[0-9]+}} n=400000 device=gpu {{.*}} upload=0B resident=6400000B download=0B
% GPU-NEXT: kernel=k{{[0-9]+}} n=400000 device=gpu {{.*}} upload=0B resident=3200000B
% GPU-NEXT: kernel=k{{[0-9]+}} n=400000 device=gpu {{.*}} upload=0B resident=3200000B
% With MCC_GPU_FAULT=lost-later the device is lost at the second launch,
% while u is current on the device only: that launch runs on the CPU and u
% is recomputed on the CPU from its lineage (the first kernel and x).
% LOST: kernel=k{{[0-9]+}} n=400000 device=gpu {{.*}} download=0B
% LOST-NEXT: kernel=k{{[0-9]+}} n=400000 device=cpu {{.*}} reason=gpu fault: device lost
% LOST-NOT: device=gpu
% A host write to x makes its device copy stale (the runtime drops it);
% what follows reads the new values.
x(5) = 1000;
x(end+1) = 5;
z = x .* 3 + 1;
fprintf('%.10g %.10g %d\n', z(5), z(end), numel(z));
% CHECK: 3001 16 400001
