% RUN: %mcc --emit=kernels %s | FileCheck --check-prefix=KERNELS %s
% RUN: %mcc --emit=glsl %s | FileCheck --check-prefix=GLSL %s
% RUN: %mcc %s -o %t && %mcc -fno-fusion %s -o %t.unfused
% RUN: env MCC_DEVICE=cpu %t > %t.cpu && %t.unfused > %t.ref
% RUN: %gpu-env MCC_DEVICE=gpu MCC_TRACE=1 %t > %t.gpu 2> %t.gpu.trace
% RUN: diff %t.ref %t.cpu
% RUN: diff %t.ref %t.gpu
% RUN: FileCheck %s < %t.ref
% RUN: FileCheck --check-prefix=GPU --implicit-check-not=device=cpu %s < %t.gpu.trace
% mod of whole numbers below 2^52 by a whole constant is a multiplication by
% its reciprocal and one correction in kernels (Node::modulus), exact, so
% the same as the runtime's mod (x - floor(x/p)*p) on both devices: negative
% values, multiples of p, values next to them, values near 2^52, and
% x.*x of values below p (as bench/gpu/montecarlo.m's generator squares).
% A divisor that is not whole keeps the general mod; so does an operand
% not proven whole, on the CPU; on the GPU its mod by a whole constant takes
% the reciprocal where the element is whole and below 2^52, checked per
% element (w is whole but not proven so; w * 2^43 + 1 passes 2^52).
p = 67108859;
k = (-2000:2000)';
x = k * 1234567891;
a = mod(x, p) + mod(x + 1, p) + mod(x - 1, p);
m = mod(k * p, p) + mod(k * p - 1, p);
big = mod(4503599627370495 - (0:999)' * 7777777, p);
s = mod(k * 7919 + 104729, p);
sq = mod(s .* s + 12345, p);
h = mod(k * 0.25, 3);
fprintf('%.17g %.17g %.17g %.17g %.17g %.17g\n', sum(a), sum(m), sum(big), sum(sq), max(sq), sum(h));
fprintf('%.17g %.17g %.17g\n', a(1), big(end), sq(2001));
w = k .* 0.5 .* 2;
u = mod(w * 1234567891, p);
b = mod(w * 8796093022208 + 1, p);
v = mod(sqrt(abs(k)) * 1e6, 977);
fprintf('%.17g %.17g %.17g %.17g %.17g\n', sum(u), u(1), sum(b), b(4001), sum(v));
% (GNU Octave prints these; every sum but v's is of whole numbers, exact in any
% order; v has 4,001 elements, which both devices add in element order)
% CHECK: {{^}}402720262859 268502540858 33553798369 133955187379 67106335 5502{{$}}
% CHECK-NEXT: {{^}}1401561 14628445 29431769{{$}}
% CHECK-NEXT: {{^}}134217718000 467187 134217720001 35651680 1943696.4788000635{{$}}
% KERNELS: = mod whole
% KERNELS: = mod n
% GPU: device=gpu
% GLSL: kernel_mod_checked(v{{[0-9]+}}, 67108859.0LF
