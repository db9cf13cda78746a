% RUN: %mcc --emit=typed %s | FileCheck %s
% arrayfun(@(v) body, x) of a literal anonymous function over a real double
% array (or several: @(p, q) over x, y), its captured values real double or
% logical scalars: the body is
% specialised for one double element (each=...), which code generation
% calls in a loop; the result is a double array of x's shape for a double
% body; with 'UniformOutput', false any body, into a cell of x's shape.
% Other inputs (int8), captured arrays and non-scalar uniform results go to
% the runtime's arrayfun (no each=).
x = (1:6) / 4;
a = 2;
y = arrayfun(@(v) v * v + a, x);
l = arrayfun(@(v) v > a, x);
i8 = arrayfun(@(v) v * 2, int8([1 2]));
w = [1 2];
s = arrayfun(@(v) v + sum(w), x);
c = arrayfun(@(v) [v v], x, 'UniformOutput', false);
two = arrayfun(@(p, q) p * q, x, x);
disp(y); disp(l); disp(i8); disp(s); disp(c); disp(two);

% CHECK: call builtin arrayfun nargout=1 each=arrayfun-per-element>@0<double scalar, double scalar> {{.*}} : double 1x6
% CHECK: call builtin arrayfun nargout=1 each=arrayfun-per-element>@1<double scalar, double scalar> {{.*}} : ?
% CHECK: call builtin arrayfun nargout=1 {{%[0-9]+}}, {{%[0-9]+}} : ?
% CHECK: call builtin arrayfun nargout=1 {{%[0-9]+}}, {{%[0-9]+}} : ?
% CHECK: call builtin arrayfun nargout=1 each=arrayfun-per-element>@4<double scalar> {{%[0-9]+}}, {{%[0-9]+}}, {{%[0-9]+}}, {{%[0-9]+}} : cell 1x6
% CHECK: call builtin arrayfun nargout=1 each=arrayfun-per-element>@5<double scalar, double scalar> {{.*}} : double 1x6
% CHECK-LABEL: function arrayfun-per-element>@0<double scalar, double scalar>(a, v) -> (ans)
% CHECK: binary plus {{.*}} : double scalar
