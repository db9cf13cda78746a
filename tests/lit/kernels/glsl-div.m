% RUN: %mcc --emit=glsl %s | FileCheck %s
% RUN: %mcc %s -o %t.exe && %t.exe > %t.cpu
% RUN: %gpu-env MCC_DEVICE=gpu %t.exe > %t.gpu
% RUN: diff %t.cpu %t.gpu
% Quotients in GPU kernels (./ and .\ in both precisions) go through the
% library's mcc_div, which rounds as the CPU's division does: a device's
% own division may be off (Vulkan allows 2.5 ulp in single, and the H100's
% single quotients differed from the CPU's in the last bit in 40% of a
% sample). The GPU prints what the CPU prints, to the last digit.
x = linspace(1, 2, 5000);
y = x + 1;
a = x ./ y + y .\ x;
s = single(x) ./ 3;
fprintf('%.17g %.9g\n', a(1234), s(4321));
fprintf('%.17g %.9g\n', sum(a), sum(s));
% CHECK: // kernel k0:
% CHECK: precise double v{{[0-9]+}} = mcc_div(v0, v2);
% CHECK-NEXT: precise double v{{[0-9]+}} = mcc_div(v0, v2);
% CHECK: precise float v{{[0-9]+}} = mcc_div(v{{[0-9]+}}, float(v{{[0-9]+}}));
% CHECK-NOT: {{v[0-9]+ / v[0-9]+}}
