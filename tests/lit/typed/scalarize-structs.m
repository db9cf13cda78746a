% RUN: %mcc --emit=typed %s | FileCheck %s
% Records (1x1 structs whose fields inference knows) live as their fields
% (ScalarizeStructs): a loop's record is a phi per field, s.f reads the
% field's value, a user function takes and returns a record as its fields
% (a record field as its own fields), and a use that needs the struct
% (a builtin's argument) gets it built by struct() and s.f = v in field
% order. A struct whose fields are not known stays boxed.
s.pos.x = 1; s.pos.v = 0; s.k = 0;
for i = 1:10
  s = step(s, 0.5);
end
fprintf('%g %g %g\n', s.pos.x, s.pos.v, s.k);
disp(isstruct(s));
name = 'k';
t.k = 1;
t.(name) = 2;
fprintf('%g\n', t.k);
function s = step(s, dt)
  s.pos.v = s.pos.v - s.pos.x * dt;
  s.pos.x = s.pos.x + s.pos.v * dt;
  s.k = s.k + 1;
end

% CHECK-LABEL: function scalarize-structs() -> ()
% CHECK: bb1:
% CHECK-NEXT: phi #for0
% CHECK-NEXT: [[X:%[0-9]+]] = phi s.pos.x [{{.*}}] : double scalar
% CHECK-NEXT: [[V:%[0-9]+]] = phi s.pos.v [{{.*}}] : double scalar
% CHECK-NEXT: [[K:%[0-9]+]] = phi s.k [{{.*}}] : double scalar
% CHECK: [[CALL:%[0-9]+]] = call local scalarize-structs>step<struct {pos: struct {x: double scalar, v: double scalar}, k: double scalar}, double scalar >0> nargout=3 [[X]], [[V]], [[K]], {{%[0-9]+}} : double scalar (double scalar, double scalar, double scalar)
% CHECK-NEXT: extract #0 [[CALL]] : double scalar
% CHECK-NEXT: extract #1 [[CALL]] : double scalar
% CHECK-NEXT: extract #2 [[CALL]] : double scalar
% CHECK-NOT: setfield
% CHECK: call builtin fprintf nargout=0 {{%[0-9]+}}, [[X]], [[V]], [[K]] : none
% CHECK: [[P0:%[0-9]+]] = call builtin struct nargout=1 : struct {}
% CHECK-NEXT: [[P1:%[0-9]+]] = setfield x [[P0]], [[X]] : struct {x: double scalar}
% CHECK-NEXT: [[P2:%[0-9]+]] = setfield v [[P1]], [[V]] : struct {x: double scalar, v: double scalar}
% CHECK-NEXT: [[E:%[0-9]+]] = call builtin struct nargout=1 : struct {}
% CHECK-NEXT: [[E1:%[0-9]+]] = setfield pos [[E]], [[P2]] : struct {pos: struct {x: double scalar, v: double scalar}}
% CHECK-NEXT: [[E2:%[0-9]+]] = setfield k [[E1]], [[K]] : struct {pos: struct {x: double scalar, v: double scalar}, k: double scalar}
% CHECK-NEXT: call builtin isstruct nargout=1 [[E2]]
% CHECK: [[T:%[0-9]+]] = setfield k {{%[0-9]+}}, {{%[0-9]+}} : struct {k: double scalar}
% CHECK-NEXT: [[T2:%[0-9]+]] = setfield [[T]], {{%[0-9]+}}, {{%[0-9]+}} : struct scalar
% CHECK: field list k [[T2]] : ?
% CHECK-LABEL: function scalarize-structs>step<{{.*}}>(s.pos.x, s.pos.v, s.k, dt) -> (s.pos.x, s.pos.v, s.k)
% CHECK-NOT: field
% CHECK-NOT: setfield
% CHECK: return
