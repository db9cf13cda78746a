% RUN: %mcc --emit=kernels %s | FileCheck %s
% An array one kernel writes (X, an outer sum whose second extent inference
% does not know) is the space of the kernels that read it later: they read
% it element by element, without expansion, and write no array of their
% own. (The Extract of X lost the shape fusion had derived for X, so a
% later kernel over X - mu saw two shapes, became an outer kernel and wrote
% X - mu out as its space carrier.)
n = 24000; h = 120;
X = mod((1:h)' * 0.7548776662466927 + (0:n / h - 1) * 0.5698402909980532, 1);
mu = mean(X, 'all');
s = sum((X - mu).^2, 'all');
fprintf('%.6f %.6f\n', mu, s);
% CHECK: kernel k2 in output-space: {{.*}} -> (%{{[0-9]+}} array double, %{{[0-9]+}} scalar double) over double 120x? outer: in0 in1
% CHECK: reduce mean all
% CHECK: kernel k3 in output-space: (%{{[0-9]+}} array double, %{{[0-9]+}} scalar double) -> (%{{[0-9]+}} scalar double) over double 120x?{{$}}
% CHECK: reduce sum all
% CHECK-NOT: kernel k4
