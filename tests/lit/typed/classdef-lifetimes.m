% RUN: %mcc --emit=typed -I %S/Inputs/classdef %s | FileCheck %s
% In a program with a destructor, a variable's value lives until MATLAB
% ends its lifetime: lifetime_end_ where it is reassigned or cleared and at
% its function's end (not its outputs), after inference kept only for
% values that may hold objects (not n, k or x: numbers). The class
% registers `.destroy`, which calls Guard.delete.
g = Guard(1);
n = 3;
g = Guard(2);
clear g
h = helper(n);
fprintf('%d\n', h);

function r = helper(k)
  x = zeros(1, k);
  tmp = Guard(k);
  fprintf('%d\n', tmp.id);
  r = numel(x);
end

% CHECK-LABEL: function classdef-lifetimes()
% CHECK: [[G1:%[0-9]+]] = call file Guard<double scalar whole >0> nargout=1
% CHECK: [[G2:%[0-9]+]] = call file Guard<double scalar whole >0> nargout=1
% CHECK-NEXT: call builtin lifetime_end_ nargout=0 [[G1]] : ?
% CHECK-NEXT: call builtin lifetime_end_ nargout=0 [[G2]] : ?
% CHECK-NOT: lifetime_end_
% CHECK-LABEL: function Guard<double scalar whole >0>(id) -> (obj)
% CHECK: fhandle @.destroy
% CHECK-NEXT: call builtin destructor_methods_
% CHECK-LABEL: function .destroy<?>(obj)
% CHECK: call file Guard.delete<?> nargout=0
% CHECK-LABEL: function classdef-lifetimes>helper<double scalar whole >0>(k) -> (r)
% CHECK: [[T:%[0-9]+]] = call file Guard<double scalar whole >0> nargout=1
% CHECK: call builtin lifetime_end_ nargout=0 [[T]] : ?
% CHECK-NEXT: return
