% RUN: %mcc --emit=spirv %s -o %t | FileCheck %s
% RUN: %spirv-val --target-env vulkan1.1 %t.k0.spv
% RUN: %spirv-val --target-env vulkan1.1 %t.k1.spv
% RUN: %spirv-val --target-env vulkan1.1 %t.k2.spv
% The SPIR-V mcc embeds for each kernel (glslang in mcc, from the kernel's
% GLSL and the shader math library) passes spirv-val: an element-wise
% kernel with a scalar and a kept output, and ones with reductions (the
% last: sqrt(x + 1) is real for x from linspace(0, 1, n), so m, its mean,
% min and max are one kernel).
x = linspace(0, 1, 100);
s = numel(x) / 7;
y = exp(-x * s) .* sin(x) + x.^3;
fprintf('%g %g\n', y(5), sum(y .* 2));
m = sqrt(x + 1) ./ (2 + cos(x));
fprintf('%g %g %g\n', mean(m), min(m), max(m));
% CHECK: // kernel k0: 2 buffers, 24 bytes of push constants
% CHECK: EntryPoint GLCompute
% CHECK: // kernel k1: {{[0-9]+}} buffers
% CHECK: EntryPoint GLCompute
% CHECK: // kernel k2: {{[0-9]+}} buffers
% CHECK: EntryPoint GLCompute
% CHECK-NOT: // kernel k3
