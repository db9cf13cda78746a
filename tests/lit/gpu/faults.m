% RUN: %mcc %s -o %t && env MCC_DEVICE=cpu %t > %t.cpu
% RUN: %gpu-env MCC_DEVICE=gpu MCC_TRACE=1 MCC_GPU_FAULT=noloader %t > %t.noloader 2> %t.noloader.trace
% RUN: diff %t.cpu %t.noloader
% RUN: FileCheck --check-prefix=UNAVAILABLE %s < %t.noloader.trace
% RUN: %gpu-env MCC_DEVICE=gpu MCC_TRACE=1 MCC_GPU_FAULT=nodevice %t > %t.nodevice 2> %t.nodevice.trace
% RUN: diff %t.cpu %t.nodevice
% RUN: FileCheck --check-prefix=UNAVAILABLE %s < %t.nodevice.trace
% RUN: %gpu-env MCC_DEVICE=gpu MCC_TRACE=1 MCC_GPU_FAULT=lost MCC_CHECK_LEAKS=1 %t > %t.lost 2> %t.lost.trace
% RUN: diff %t.cpu %t.lost
% RUN: FileCheck --check-prefix=LOST %s < %t.lost.trace
% RUN: %gpu-env MCC_DEVICE=gpu MCC_TRACE=1 MCC_GPU_FAULT=oom MCC_CHECK_LEAKS=1 %t > %t.oom 2> %t.oom.trace
% RUN: diff %t.cpu %t.oom
% RUN: FileCheck --check-prefix=OOM %s < %t.oom.trace
% RUN: env VK_DRIVER_FILES=/nonexistent/icd.json VK_ICD_FILENAMES=/nonexistent/icd.json MCC_DEVICE=gpu MCC_TRACE=1 %t > %t.none 2> %t.none.trace
% RUN: diff %t.cpu %t.none
% RUN: FileCheck --check-prefix=UNAVAILABLE %s < %t.none.trace
% Every GPU fault (MCC_GPU_FAULT injects them; no ICD at all is a machine
% without a driver) runs the kernels on the CPU with the same output; only
% the trace says why.
x = linspace(-1, 1, 5000);
y = exp(x) .* cos(3*x) + x.^2;
fprintf('%.15g %.15g %.15g\n', y(1), y(2500), y(end));
fprintf('%.15g %.15g\n', sum(y), max(y));
w = y ./ (1 + abs(x));
fprintf('%.15g\n', w(4000));
% UNAVAILABLE: device=cpu {{.*}} reason=gpu unavailable
% UNAVAILABLE-NOT: device=gpu
% LOST: device=cpu {{.*}} reason=gpu fault: device lost
% LOST-NOT: device=gpu
% OOM: device=cpu {{.*}} reason=gpu fault: out of device memory
% OOM-NOT: device=gpu
