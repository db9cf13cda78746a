% RUN: %mcc --emit=ir %s 2>&1 | FileCheck %s
% exist(name, 'var') of a name known only at run time: the sum over the
% function's variables of strcmp(name, 'v') times isdefined(v) here (a
% variable never set before this point is left out).
function y = f(n, a)
  if a > 0
    b = 1;
  end
  y = exist(n, 'var');
  later = 3;
end
% CHECK: isdefined
% CHECK-NEXT: const 'a'
% CHECK-NEXT: call builtin strcmp
% CHECK: isdefined
% CHECK-NEXT: const 'b'
% CHECK-NEXT: call builtin strcmp
% CHECK-NOT: 'later'
% CHECK-NOT: call builtin exist
