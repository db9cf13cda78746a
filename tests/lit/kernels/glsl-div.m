% RUN: %mcc --emit=glsl %s | FileCheck %s
% RUN: %mcc %s -o %t.exe && %t.exe > %t.cpu
% RUN: %gpu-env MCC_DEVICE=gpu %t.exe > %t.gpu
% RUN: diff %t.cpu %t.gpu
% Quotients in GPU kernels (./ and .\ in both precisions) go through the
% library's mcc_div, which rounds as the CPU's division does: a device's
% own division may be off (Vulkan allows 2.5 ulp in single, and the H100's
% single quotients differed from the CPU's in the last bit in 40% of a
% sample). By a constant, they are a product with the reciprocal the
% compiler rounded, refined once (mcc_div_const; in single checked for every
% float numerator at compile time), or the product alone by a power of two;
% numerators that are zeros, infinite, NaN, huge or tiny take mcc_div. The
% GPU prints what the CPU prints, every element to the last digit.
x = linspace(1, 2, 5000);
y = x + 1;
a = x ./ y + y .\ x;
s = single(x) ./ 3;
fprintf('%.17g %.9g\n', a(1234), s(4321));
fprintf('%.17g %.9g\n', sum(a), sum(s));
v = [linspace(-50, 50, 3001), 0, -0, Inf, -Inf, NaN, 1e-30, -3e35, 2^-140, 1e300, 5e-320];
v = v .* (1 + 0 * v);  % the same values, computed: v is not a constant
q1 = v / 10; q2 = v ./ 7.3; q3 = 0.3 .\ v; q4 = v / 4; q5 = v / -0.125; q6 = v / 1e-310;
fprintf('%.17g %.17g %.17g %.17g %.17g %.17g\n', [q1; q2; q3; q4; q5; q6]);
w = single(v);
r1 = w / 10; r2 = w ./ 7.3; r3 = 0.3 .\ w; r4 = w / 4; r5 = w / 3e-39; r6 = w / 1e20;
fprintf('%.9g %.9g %.9g %.9g %.9g %.9g\n', [r1; r2; r3; r4; r5; r6]);
% CHECK: // kernel k0:
% CHECK: precise double v{{[0-9]+}} = mcc_div(v0, v2);
% CHECK-NEXT: precise double v{{[0-9]+}} = mcc_div(v0, v2);
% CHECK: precise float v{{[0-9]+}} = mcc_div_const(v{{[0-9]+}}, 3.0, 0.333333343);
% CHECK: = mcc_div_const(v{{[0-9]+}}, 10.0LF, 0.10000000000000001LF);
% CHECK: = mcc_div_const(v{{[0-9]+}}, 7.2999999999999998LF, 0.13698630136986301LF);
% CHECK: = mcc_div_const(v{{[0-9]+}}, 0.29999999999999999LF, 3.3333333333333335LF);
% CHECK: = v{{[0-9]+}} * 0.25LF;
% CHECK: = mcc_div(v{{[0-9]+}}, v{{[0-9]+}});
% CHECK: = mcc_div(v{{[0-9]+}}, v{{[0-9]+}});
% CHECK: = mcc_div_const(v{{[0-9]+}}, 10.0, 0.100000001);
% CHECK: = mcc_div_const(v{{[0-9]+}}, 7.30000019, 0.1369863);
% CHECK: = mcc_div_const(v{{[0-9]+}}, 0.300000012, 3.33333325);
% CHECK: = v{{[0-9]+}} * 0.25;
% CHECK: = mcc_div(v{{[0-9]+}}, float(v{{[0-9]+}}));
% CHECK: = mcc_div(v{{[0-9]+}}, float(v{{[0-9]+}}));
% CHECK-NOT: {{v[0-9]+ / v[0-9]+}}
