% RUN: %mcc --emit=glsl %s | FileCheck %s
% A kernel over single arrays computes in float: no fp64 extension (it runs
% on a GPU without shaderFloat64), float buffers, push constants and
% partials, the library's float functions. Reading a double array makes a
% kernel double again.
x = linspace(single(0), single(10), 1000);
y = sin(x) .* 2.5 + x;
fprintf('%.4f %.4f\n', sum(y), y(3));
d = linspace(0, 1, 1000);
z = x .* d;
fprintf('%.4f\n', z(5));
% CHECK: // kernel k0: 3 buffers
% CHECK-NOT: GL_ARB_gpu_shader_fp64
% CHECK: 4461, 32);
% CHECK: readonly buffer B0 { float d[]; } b0;
% CHECK: writeonly buffer B1 { float d[]; } b1;
% CHECK: { float d[]; } partials;
% CHECK: mcc_sin(
% CHECK: 2.5
% CHECK: // kernel k1
% CHECK: GL_ARB_gpu_shader_fp64
% CHECK: readonly buffer B1 { double d[]; } b1;
