% RUN: %mcc --emit=glsl %s | FileCheck %s
% RUN: %mcc --emit=spirv %s -o %t > /dev/null
% RUN: %spirv-val --target-env vulkan1.1 %t.k3.spv
% RUN: %spirv-val --target-env vulkan1.1 %t.k5.spv
% RUN: %spirv-val --target-env vulkan1.1 %t.k6.spv
% RUN: %spirv-val --target-env vulkan1.1 %t.k7.spv
% RUN: %spirv-val --target-env vulkan1.1 %t.k8.spv
% A kernel reducing along dims has a GPU version in two phases
% (mcc_kernel_launch_along): phase 0, one invocation per chunk of a result
% element's slice (grid-stride over pc.n of them) folds the chunk's range
% of the last reduced dim (fold_range: 32 elements a trip where an element
% is a load and a few operations, 4 where it calls the math library, each in
% a block, then the rest one by one, in order) into partials; phase 1, one
% per result element, folds its partials in chunk order (32 loaded a trip
% before they are added), or its whole slice
% when it has one chunk, in the CPU's order; phase 2 folds them in the same
% order with a workgroup for each result element, its invocations loading
% the partials into shared memory 1,024 at a time for the first to fold; the extents, the stride before
% the reduced dims, the reduced length and the chunking are in the push
% constants; the result is bound after the arrays, the partials after it. A sum of single adds in double (the shader needs fp64) and rounds
% once; an element output of the kernel is stored as its element is
% visited; a vecdim nests one loop per dim; a logical result ors its bytes
% into words. (A comes from rem, which kernels do not take: its operand forms three
% kernels, the outer sum k2 the third, so that the fourth is the sum's alone.)
A = rem((1:200)' * 0.6180339887498949 + (1:300) * 0.4142135623730951, 1);
s = sum(A .^ 2, 1);
m = max(abs(A - 0.5), [], 2);
S = single(A);
u = mean(S * 2, 2);
O = ones(4, 5, 6);
v = sum(O * 2, [2 3]);
q = any(A > 0.5, 2);
w = sum(S * 3, 1);
fprintf('%g %g %g %g %d %g\n', s(1), m(2), u(3), v(4), q(5), w(6));
% CHECK-LABEL: // kernel k3: 3 buffers, 44 bytes of push constants
% CHECK: writeonly buffer B1 { double d[]; } b1;
% CHECK-NEXT: buffer B2 { double d[]; } partials;
% CHECK: uint before;
% CHECK-NEXT: uint len;
% CHECK-NEXT: uint per;
% CHECK-NEXT: uint chunks;
% CHECK-NEXT: uint phase;
% CHECK-NEXT: uint slices;
% CHECK: double fold_range(uint bi, uint a, uint from, uint to) {
% CHECK-NEXT: precise double acc0 = 0.0LF;
% CHECK-NEXT: uint k0 = from;
% CHECK-NEXT: for (; k0 + 32u <= to; k0 += 32u) {
% CHECK-NEXT: {
% CHECK-NEXT: uint al0 = k0;
% CHECK-NEXT: uint i = bi + pc.before * (al0 + pc.len * a);
% CHECK: acc0 = acc0 + v2;
% CHECK-NEXT: }
% CHECK-NEXT: {
% CHECK-NEXT: uint al0 = k0 + 1u;
% CHECK: acc0 = acc0 + v2;
% CHECK: uint al0 = k0 + 2u;
% CHECK: acc0 = acc0 + v2;
% CHECK: uint al0 = k0 + 3u;
% CHECK: uint al0 = k0 + 31u;
% CHECK: acc0 = acc0 + v2;
% CHECK-NEXT: }
% CHECK-NEXT: }
% CHECK-NEXT: for (; k0 < to; ++k0) {
% CHECK-NEXT: {
% CHECK-NEXT: uint al0 = k0;
% CHECK: acc0 = acc0 + v2;
% CHECK: return acc0;
% CHECK: shared double tile[1024];
% CHECK: if (pc.phase == 2u) {
% CHECK-NEXT: uint lid = gl_LocalInvocationID.x;
% CHECK-NEXT: for (uint o = gl_WorkGroupID.x; o < pc.n; o += gl_NumWorkGroups.x) {
% CHECK-NEXT: precise double acc = 0.0LF;
% CHECK-NEXT: for (uint c0 = 0u; c0 < pc.chunks; c0 += 1024u) {
% CHECK-NEXT: uint count = min(1024u, pc.chunks - c0);
% CHECK-NEXT: for (uint j = lid; j < count; j += 256u) tile[j] = partials.d[(c0 + j) * pc.slices + o];
% CHECK-NEXT: barrier();
% CHECK-NEXT: if (lid == 0u)
% CHECK-NEXT: for (uint j = 0u; j < count; ++j) acc = acc + tile[j];
% CHECK-NEXT: barrier();
% CHECK-NEXT: }
% CHECK-NEXT: if (lid == 0u) {
% CHECK: b1.d[o] = r;
% CHECK: return;
% CHECK: if (pc.phase == 0u) {
% CHECK-NEXT: for (uint w = gl_GlobalInvocationID.x; w < pc.n; w += stride) {
% CHECK-NEXT: uint o = w % pc.slices, from = (w / pc.slices) * pc.per;
% CHECK-NEXT: partials.d[w] = fold_range(o % pc.before, o / pc.before, from, min(from + pc.per, pc.len));
% CHECK: for (uint o = gl_GlobalInvocationID.x; o < pc.n; o += stride) {
% CHECK-NEXT: precise double acc = 0.0LF;
% CHECK-NEXT: if (pc.chunks == 1u) acc = fold_range(o % pc.before, o / pc.before, 0u, pc.len);
% CHECK-NEXT: else {
% CHECK-NEXT: uint c = 0u;
% CHECK-NEXT: for (; c + 32u <= pc.chunks; c += 32u) {
% CHECK-NEXT: double p0 = partials.d[(c + 0u) * pc.slices + o];
% CHECK: double p31 = partials.d[(c + 31u) * pc.slices + o];
% CHECK-NEXT: acc = acc + p0;
% CHECK: acc = acc + p31;
% CHECK-NEXT: }
% CHECK-NEXT: for (; c < pc.chunks; ++c) acc = acc + partials.d[c * pc.slices + o];
% CHECK: b1.d[o] = r;
% CHECK-LABEL: // kernel k4:
% CHECK: for (; k0 + 4u <= to; k0 += 4u) {
% CHECK: acc0 = (isnan(acc0) || v{{[0-9]+}} > acc0) ? v{{[0-9]+}} : acc0;
% CHECK: for (; c < pc.chunks; ++c) acc = (isnan(acc) || partials.d[c * pc.slices + o] > acc) ? partials.d[c * pc.slices + o] : acc;
% CHECK-LABEL: // kernel k5:
% CHECK: GL_ARB_gpu_shader_fp64
% CHECK: readonly buffer B0 { double d[]; } b0;
% CHECK: writeonly buffer B1 { float d[]; } b1;
% CHECK: writeonly buffer B2 { float d[]; } b2;
% CHECK: precise double acc0 = 0.0LF;
% CHECK: b1.d[i] = v{{[0-9]+}};
% CHECK-NEXT: acc0 = acc0 + double(v{{[0-9]+}});
% CHECK: r = mcc_div(r, double(pc.len));
% CHECK: b2.d[o] = float(r);
% CHECK-LABEL: // kernel k6:
% CHECK: precise double acc1 = 0.0LF;
% CHECK-NEXT: for (uint k1 = from; k1 < to; ++k1) {
% CHECK: precise double acc0 = 0.0LF;
% CHECK-NEXT: uint k0 = 0u;
% CHECK-NEXT: for (; k0 + 32u <= pc.dim1; k0 += 32u) {
% CHECK-NEXT: {
% CHECK-NEXT: uint al0 = al1 * pc.dim1 + k0;
% CHECK: uint al0 = al1 * pc.dim1 + k0 + 3u;
% CHECK: for (; k0 < pc.dim1; ++k0) {
% CHECK: acc1 = acc1 + acc0;
% CHECK: partials.d[w] = fold_range(o % pc.before, o / pc.before, from, min(from + pc.per, pc.dim2));
% CHECK-LABEL: // kernel k7:
% CHECK: buffer B1 { uint d[]; } b1;
% CHECK: atomicOr(b1.d[o >> 2u], 1u << ((o & 3u) * 8u));
% CHECK-LABEL: // kernel k8:
% CHECK: GL_ARB_gpu_shader_fp64
% CHECK: readonly buffer B0 { float d[]; } b0;
% CHECK: precise double acc0 = 0.0LF;
% CHECK: b1.d[o] = float(r);
