% RUN: %mcc --emit=ir %s 2>&1 | FileCheck %s
% exist('x', 'var') of a constant name tests x's value at that point
% (isdefined: no undefined-variable error); a name that is no variable is 0,
% a builtin is 5, both at compile time.
function y = f(a, b)
  y = exist('b', 'var') + exist('zz', 'var') + exist('sin');
end
% CHECK: isdefined
% CHECK-NOT: call exist
