% RUN: %mcc %s -o %t
% RUN: env MCC_DEVICE=cpu %t > %t.cpu
% RUN: %gpu-env MCC_DEVICE=gpu MCC_TRACE=1 MCC_CHECK_LEAKS=1 %t > %t.gpu 2> %t.gpu.trace
% RUN: diff %t.cpu %t.gpu
% RUN: FileCheck %s < %t.gpu
% RUN: FileCheck --check-prefix=GPU %s < %t.gpu.trace
% Residency: three kernels in a row read the same large input x. It is
% uploaded once, by the first launch; the next two find it resident
% (upload=0B), and every result is the CPU's.
n = 400000;
x = linspace(0, 1, n);
s = sum(x .^ 2);
fprintf('%.10g\n', s);
% CHECK: 133333.5
m = max(exp(-x) .* 3);
fprintf('%.10g\n', m);
% CHECK: 3
y = x .* 2 + 1;
fprintf('%.10g %.10g\n', y(1), y(end));
% CHECK: 1 3
% GPU: kernel=k{{[0-9]+}} n=400000 device=gpu {{.*}} upload=3200000B resident=0B
% GPU-NEXT: kernel=k{{[0-9]+}} n=400000 device=gpu {{.*}} upload=0B resident=3200000B
% GPU-NEXT: kernel=k{{[0-9]+}} n=400000 device=gpu {{.*}} upload=0B resident=3200000B
% A host write to x makes its device copy stale (the runtime drops it);
% what follows reads the new values.
x(5) = 1000;
x(end+1) = 5;
z = x .* 3 + 1;
fprintf('%.10g %.10g %d\n', z(5), z(end), numel(z));
% CHECK: 3001 16 400001
