% RUN: %mcc --emit=glsl %s | FileCheck %s
% RUN: %mcc --emit=spirv %s -o %t > /dev/null
% RUN: %spirv-val --target-env vulkan1.1 %t.k1.spv
% RUN: %spirv-val --target-env vulkan1.1 %t.k2.spv
% RUN: %spirv-val --target-env vulkan1.1 %t.k3.spv
% In a kernel reducing along dims, an input expanded along exactly the
% reduced dims (a value per slice, as mean(O, [2 3]) is to O) is read at
% the slice's own index, bi + before * a, with no division or remainder
% per element; one expanded along other dims keeps the general index.
O = rand(40, 20, 30);
d = sum((O - mean(O, [2 3])).^2, [2 3]);
r = sum(O .* mean(O, 3), [1 2]);
fprintf('%g %g\n', d(3), r(4));
% CHECK-LABEL: // kernel k1:
% CHECK: double fold_range(uint bi, uint a, uint from, uint to) {
% CHECK: uint i = bi + pc.before * (al0 + pc.len * a);
% CHECK-NOT: %
% CHECK: uint at{{[0-9]+}} = bi + pc.before * a;
% CHECK-NEXT: precise double v{{[0-9]+}} = b1.d[at{{[0-9]+}}];
% CHECK-LABEL: // kernel k2:
% CHECK-LABEL: // kernel k3:
% CHECK: double fold_range(uint bi, uint a, uint from, uint to) {
% CHECK-NOT: = bi + pc.before * a;
% CHECK: % pc.dim0
% CHECK: return acc
