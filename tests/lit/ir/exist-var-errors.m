% RUN: not %mcc --emit=ir %s 2>&1 | FileCheck %s
% exist(name, 'var') with a name known only at run time tests each variable
% of the function (exist-var-dynamic.m); not yet where variables are shared
% with nested functions.
function outer()
  n = 'b';
  b = 1;
  z = exist(n, 'var');
  function inner()
    b = 2;
  end
end
% CHECK: {{.*}}exist-var-errors.m:8:7: error: exist(name, 'var') in a function whose variables are shared with nested functions ('b') is not implemented yet
% CHECK-NOT: error:
