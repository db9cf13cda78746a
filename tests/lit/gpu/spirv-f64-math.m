% RUN: rm -f %t.k*.spv
% RUN: %mcc --emit=spirv %s -o %t | FileCheck %s
% RUN: %spirv-val --target-env vulkan1.1 %t.k0.spv
% RUN: %spirv-val --target-env vulkan1.1 %t.k0.f64math.spv
% RUN: %spirv-val --target-env vulkan1.1 %t.k2.f64math.spv
% RUN: not test -e %t.k1.f64math.spv
% RUN: not test -e %t.k3.f64math.spv
% RUN: not test -e %t.k4.f64math.spv
% RUN: not test -e %t.k5.f64math.spv
% RUN: %mcc %s -o %t.exe && %t.exe > %t.cpu
% RUN: %gpu-env MCC_DEVICE=gpu MCC_GPU_F32_MATH=float MCC_TRACE=1 %t.exe > %t.float 2> %t.float.trace
% RUN: %gpu-env MCC_DEVICE=gpu MCC_GPU_F32_MATH=double MCC_TRACE=1 %t.exe > %t.double 2> %t.trace
% RUN: FileCheck --check-prefix=TRACE %s < %t.trace
% RUN: FileCheck --check-prefix=FLOAT %s < %t.float.trace
% RUN: diff %t.cpu %t.float
% RUN: diff %t.cpu %t.double
% A single-precision kernel that calls the math library's expm1, log2,
% log10 or pow has a second module computing them in double
% (shaders/MathLibF32ViaF64.glsl), which passes spirv-val: k2, a single
% kernel, and k0, which reads a double array (a double kernel whose math
% is in single). One with only arithmetic has none (k1, k3), and neither
% has a kernel whose math is double (k4), nor one whose single math is
% exp, log and tanh, which the float path computes as fast (k5). The runtime takes the variant where MCC_GPU_F32_MATH=double
% (or its probe finds fast doubles) and says so in the trace. Both modules print
% what the CPU prints to 6 digits (the sums are of 16,384 elements or fewer,
% folded in element order).
x = single(linspace(0.5, 20, 5000));
y = sin(x) .* exp(-x / 8) + tanh(x / 10) + cos(x / 3) + log(x) .* x.^0.7;
fprintf('%.6g %.6g\n', y(77), sum(y));
v = log10(x) + x.^2.5;
fprintf('%.6g %.6g\n', v(1234), v(end));
w = x * 2 + 1;
fprintf('%.6g\n', sum(w));
d = sin(linspace(0, 1, 5000));
fprintf('%.6g\n', sum(d));
u = exp(-x / 8) + tanh(x / 10) .* log(x);
fprintf('%.6g\n', sum(u));
% CHECK: // kernel k0:
% CHECK: EntryPoint GLCompute
% CHECK: // kernel k0 with single-precision math in double: {{[0-9]+}} words
% CHECK: // kernel k1:
% CHECK-NOT: with single-precision math in double
% CHECK: // kernel k2:
% CHECK: // kernel k2 with single-precision math in double
% CHECK: // kernel k3:
% CHECK-NOT: with single-precision math in double
% CHECK: // kernel k4:
% CHECK-NOT: with single-precision math in double
% CHECK: // kernel k5:
% CHECK-NOT: with single-precision math in double
% TRACE: kernel=k0 n=5000 device=gpu {{.*}} math=double
% TRACE-NEXT: kernel=k1 n=5000 device=gpu
% TRACE-NOT: math=double
% TRACE: kernel=k2 n=5000 device=gpu {{.*}} math=double
% TRACE-NEXT: kernel=k3 n=5000 device=gpu
% TRACE-NOT: math=double
% FLOAT-NOT: math=double
