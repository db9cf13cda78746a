% RUN: %mcc --emit=typed %s | FileCheck %s
% A call of a handle that is the closure made in the same function takes
% the captured values' types (here a real double scalar), so the anonymous
% function's specialisation for the call is typed and the loop's sum stays
% a double scalar; a complex captured scalar stays unknown.
a = 0.5;
f = @(x) a * x + 1;
z = 1i;
g = @(x) z + x;
s = 0;
for i = 1:10
  s = s + f(i);
end
fprintf('%g %g\n', s, imag(g(1)));

% CHECK-LABEL: function handle-captures-typed() -> ()
% CHECK: phi s [{{.*}}] : double scalar
% CHECK: subsref call direct handle-captures-typed>@0<double scalar, double scalar> {{%[0-9]+}}, {{%[0-9]+}} : double scalar
% CHECK: subsref call direct handle-captures-typed>@1<?, double scalar>
% CHECK-LABEL: function handle-captures-typed>@0<double scalar, double scalar>(a, x) -> (ans)
% CHECK: binary mtimes {{%[0-9]+}}, {{%[0-9]+}} : double scalar
