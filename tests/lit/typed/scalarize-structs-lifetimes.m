% RUN: %mcc --emit=typed -I %S/Inputs/classdef %s | FileCheck %s
% In a program with a destructor, records are still kept as their fields
% (ScalarizeStructs): a record of numbers carries no lifetime mark, a mark
% of a record holding an object marks the field that holds it, and s.g = v
% marks the old object where the boxed struct would have released it. A
% record a call gives as its fields takes s.g = v as parts too.
q.a = 1;
q.b = 2;
for k = 1:3
  q = step(q);
end
s.g = Guard(1);
s.n = 2;
s = step2(s);
s.g = Guard(2);
fprintf('%d %d %d\n', q.a, q.b, s.n);

function q = step(q)
  q.a = q.a + q.b;
end

function s = step2(s)
  s.n = s.n + 1;
end

% CHECK-LABEL: function scalarize-structs-lifetimes() -> ()
% CHECK: phi q.a
% CHECK-NEXT: phi q.b
% CHECK-NOT: lifetime_end_
% CHECK: [[G1:%[0-9]+]] = call file Guard<double scalar whole >0> nargout=1
% CHECK: [[CALL:%[0-9]+]] = call local scalarize-structs-lifetimes>step2<struct {g: Guard scalar, n: double scalar}> nargout=2 [[G1]], {{%[0-9]+}}
% CHECK-NEXT: [[OLD:%[0-9]+]] = extract #0 [[CALL]] : Guard scalar
% CHECK-NEXT: [[N:%[0-9]+]] = extract #1 [[CALL]] : double scalar
% CHECK-NEXT: call builtin lifetime_end_ nargout=0 [[G1]] : ?
% CHECK: [[G2:%[0-9]+]] = call file Guard<double scalar whole >0> nargout=1
% CHECK-NEXT: call builtin lifetime_end_ nargout=0 [[OLD]] : ?
% CHECK-NOT: setfield
% CHECK: call builtin fprintf nargout=0 {{%[0-9]+}}, {{%[0-9]+}}, {{%[0-9]+}}, [[N]] : none
% CHECK: call builtin lifetime_end_ nargout=0 {{%[0-9]+}}, [[G2]] : ?
% CHECK-NEXT: return
% CHECK-LABEL: function scalarize-structs-lifetimes>step<struct {a: double scalar, b: double scalar}>(q.a, q.b) -> (q.a, q.b)
% CHECK-NOT: lifetime_end_
% CHECK: return
