% RUN: %mcc --emit=glsl %s | FileCheck %s
% The GPU version of issue 4's chain: one compute shader in double, math
% from the shaders/ library, a grid-stride loop, and its two reductions
% folded per invocation, then per workgroup in shared memory, leaving one
% partial per workgroup and reduction (or, for at most 16,384 elements, the
% serial flag: each element's operand in the partials, for the host to fold
% in element order).
x = linspace(0, 10, 1000);
y0 = sin(x).*exp(-x/10);
y1 = y0.*cos(x/4) + 0.25*y0.^2;
y2 = tanh(y1) + 0.1*y1;
fprintf('%.10f %.10f\n', sum(y2), max(y2));
% CHECK: // kernel k0: 2 buffers, 16 bytes of push constants
% CHECK-NEXT: #version 450
% CHECK: #extension GL_ARB_gpu_shader_fp64 : enable
% CHECK: spirv_execution_mode(extensions = ["SPV_KHR_float_controls"], capabilities = [4466], 4461, 64);
% CHECK: #include "mcc_math.glsl"
% CHECK: layout(set = 0, binding = 0, std430) readonly buffer B0 { double d[]; } b0;
% CHECK: layout(set = 0, binding = 1, std430) writeonly buffer B1 { double d[]; } partials;
% CHECK: uint first = gl_GlobalInvocationID.x, stride = gl_NumWorkGroups.x * 256u;
% CHECK: for (uint i = first; i < pc.n; i += stride) {
% CHECK: mcc_sin(
% CHECK: mcc_exp(
% CHECK: mcc_tanh(
% CHECK: if (pc.serial != 0u) partials.d[i * 2u + 0u] =
% CHECK-NEXT: else acc0 = acc0 + v
% CHECK: if (pc.serial != 0u) partials.d[i * 2u + 1u] =
% CHECK-NEXT: else acc1 = (isnan(acc1) ||
% CHECK: barrier();
% CHECK: if (lid == 0u && pc.serial == 0u) {
% CHECK: partials.d[gl_WorkGroupID.x * 2u + 1u] = red1[0];
% CHECK-NOT: // kernel k1
