% RUN: %mcc --emit=glsl %s | FileCheck %s
% RUN: %mcc --emit=spirv %s -o %t > /dev/null
% RUN: %spirv-val --target-env vulkan1.1 %t.k1.spv
% An element-wise kernel (here with a reduction over everything) reads an
% expanded input at the element's digits, which its grid-stride loop keeps:
% before the loop, the digits of the first element (dg0, dg1, ..., dgt the
% rest above) and of the stride (ds...) by division; in the loop, the index
% from the digits of the dims the input is not expanded along, and at the
% end of a trip each digit plus the stride's and the carry, with no
% division or remainder per element. A power with a constant exponent that
% is not a whole number calls mcc_pow_fraction (no tests of y); a variable
% exponent mcc_pow.
X = rand(7, 30, 11);
s = sum(abs((X - mean(X, [2 3])) .* mean(X, 1) + mean(X, 3)) .^ 0.8, 'all');
p = 2.5 * rand;
q = sum(X .^ p, 'all');
fprintf('%g %g\n', s, q);
% CHECK-LABEL: // kernel k1:
% CHECK: void main() {
% CHECK: uint dgr = first;
% CHECK-NEXT: uint dg0 = dgr % pc.dim0;
% CHECK-NEXT: dgr /= pc.dim0;
% CHECK-NEXT: uint dg1 = dgr % pc.dim1;
% CHECK-NEXT: dgr /= pc.dim1;
% CHECK-NEXT: uint dgt = dgr;
% CHECK-NEXT: uint dsr = stride;
% CHECK: uint dst = dsr;
% CHECK-NEXT: for (uint i = first; i < pc.n; i += stride) {
% CHECK-NOT: %
% CHECK: at{{[0-9]+}} += dg0 * stride{{[0-9]+}};
% CHECK-NOT: %
% CHECK: at{{[0-9]+}} += (dg1 + pc.dim1 * dgt) * stride{{[0-9]+}};
% CHECK-NOT: %
% CHECK: mcc_pow_fraction(
% CHECK-NOT: %
% CHECK: mcc_pow(v
% CHECK-NOT: %
% CHECK: uint dc = 0u;
% CHECK-NEXT: dg0 += ds0 + dc;
% CHECK-NEXT: dc = dg0 >= pc.dim0 ? 1u : 0u;
% CHECK-NEXT: dg0 -= dc * pc.dim0;
% CHECK-NEXT: dg1 += ds1 + dc;
% CHECK-NEXT: dc = dg1 >= pc.dim1 ? 1u : 0u;
% CHECK-NEXT: dg1 -= dc * pc.dim1;
% CHECK-NEXT: dgt += dst + dc;
% CHECK-NEXT: }
