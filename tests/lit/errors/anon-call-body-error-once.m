% RUN: not %mcc --emit=ir %s 2>&1 | FileCheck %s
% An anonymous function whose body is a call is lowered twice (its
% several-outputs twin, Function::manyOutputs); an error in the body is
% reported once.
f = @(x) max(end);
% CHECK: {{.*}}anon-call-body-error-once.m:5:14: error: 'end' used as a value outside of an index expression
% CHECK-NOT: error:
