% RUN: %mcc --emit=typed %s | FileCheck %s
% s.f = v on a record that a call gives as its fields (s = step(s); s.k = 0)
% is a record of parts too: no struct is built for it, and s.x after it
% reads the field's value.
s.x = 1;
s.k = 1;
s = step(s);
s.k = 5;
fprintf('%g %g\n', s.x, s.k);

function s = step(s)
  s.x = s.x * 2;
end

% CHECK-LABEL: function scalarize-structs-call-setfield() -> ()
% CHECK: [[CALL:%[0-9]+]] = call local scalarize-structs-call-setfield>step<struct {x: double scalar, k: double scalar}> nargout=2
% CHECK-NEXT: [[X:%[0-9]+]] = extract #0 [[CALL]] : double scalar
% CHECK-NOT: setfield
% CHECK-NOT: call builtin struct
% CHECK: [[FIVE:%[0-9]+]] = const 5 : double scalar
% CHECK-NOT: setfield
% CHECK: call builtin fprintf nargout=0 {{%[0-9]+}}, [[X]], [[FIVE]] : none
