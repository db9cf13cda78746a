% RUN: %mcc --emit=kernels %s | FileCheck %s
% Issue 4's chain over a single array is one kernel that computes in
% single: double constants and scalars meet single operands as singles
% (MATLAB's class rules), and sum and max of single are single.
x = single(linspace(0, 10, 1000));
y0 = sin(x).*exp(-x/10);
y1 = y0.*cos(x/4) + 0.25*y0.^2;
y2 = tanh(y1) + 0.1*y1;
s = sum(y2);
m = max(y2);
fprintf('%s %s %.4f %.4f\n', class(s), class(m), s, m);
% A double array meeting a single one gives single; comparing a single
% with a double compares in double (exact); double() and single() convert.
d = linspace(0, 1, 1000);
z = x .* d + 1;
k = double(z) > 2.5 | z < single(1.5);
fprintf('%s %d %.6f\n', class(z), sum(k), sum(double(z)));
% CHECK: kernel k0 in single: (%{{[0-9]+}} array double) -> (%{{[0-9]+}} array single, %{{[0-9]+}} scalar single, %{{[0-9]+}} scalar single) over double 1x1000
% CHECK-NEXT: n0 = load in0 : double
% CHECK-NEXT: n1 = single n0 : single
% CHECK-NEXT: n2 = sin n1 : single
% CHECK: n4 = const 10 : double
% CHECK-NEXT: n5 = rdivide n3, n4 : single
% CHECK: reduce sum n20 : single
% CHECK-NEXT: reduce max n20 : single
% CHECK-NEXT: kernel k1 in single: (%{{[0-9]+}} array single, %{{[0-9]+}} array double, %{{[0-9]+}} scalar single) -> (%{{[0-9]+}} array single, %{{[0-9]+}} array logical) over single 1x1000
% CHECK: n2 = times n0, n1 : single
% CHECK: n5 = double n4 : double
% CHECK: n7 = gt n5, n6 : logical
% CHECK: n9 = lt n4, n8 : logical
% CHECK: kernel k3 in single: (%{{[0-9]+}} array single) -> (%{{[0-9]+}} scalar double) over single 1x1000
% CHECK-NEXT: n0 = load in0 : single
% CHECK-NEXT: n1 = double n0 : double
% CHECK-NEXT: n2 = reduce sum n1 : double
% CHECK-NOT: kernel k4
