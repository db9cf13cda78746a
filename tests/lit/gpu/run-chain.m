% RUN: %mcc %s -o %t
% RUN: env MCC_DEVICE=cpu MCC_TRACE=1 %t > %t.cpu 2> %t.cpu.trace
% RUN: %gpu-env MCC_DEVICE=gpu MCC_TRACE=1 MCC_CHECK_LEAKS=1 %t > %t.gpu 2> %t.gpu.trace
% RUN: diff %t.cpu %t.gpu
% RUN: FileCheck %s < %t.gpu
% RUN: FileCheck --check-prefix=GPU %s < %t.gpu.trace
% RUN: FileCheck --check-prefix=CPU %s < %t.cpu.trace
% Issue 4's chain and its reductions run on the GPU (lavapipe) with
% MCC_DEVICE=gpu and print what the CPU run prints: element-wise values
% from the shader math library (within 2 ulp), and reductions combined per
% workgroup (another summation order: printed to 10 digits).
n = 200000;
x = linspace(0, 10, n);
y0 = sin(x).*exp(-x/10);
y1 = y0.*cos(x/4) + 0.25*y0.^2;
y2 = tanh(y1) + 0.1*y1;
fprintf('%.10g %.10g\n', sum(y2), max(y2));
% CHECK: 23136.35984 0.8554711492
% A kept array output, a scalar operand, mean/min/prod and any/all.
a = n / 100000;
z = a*x.^2 - 3*x + 1;
fprintf('%.12g %.12g %.12g\n', z(1), z(n/2), z(end));
% CHECK: 1 35.9995749991 171
fprintf('%.10g %.10g %.10g\n', mean(z), min(z), prod(z(1:10) / 2 + 1));
% CHECK: 52.66683333 -0.125 57.53544477
fprintf('%d %d %d %d\n', any(z > 170), all(z > 0), any(z < -2), all(z >= -1.125));
% CHECK: 1 0 0 1
% Empty arrays give the builtins' empty results.
e = x(x > 20);
fprintf('%d %g %g\n', numel(e .* 2 + 1), sum(e .* 2), prod(e + 1));
% CHECK: 0 0 1
% GPU: kernel=k0 n=200000 device=gpu {{.*}} gpu={{[0-9.]+}}ms host={{[0-9.]+}}ms reason=MCC_DEVICE=gpu
% GPU: device=gpu
% CPU: kernel=k0 n=200000 device=cpu {{.*}} reason=MCC_DEVICE=cpu
% CPU-NOT: device=gpu
