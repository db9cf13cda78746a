% RUN: %mcc --emit=ir %s 2>&1 | FileCheck %s
% An anonymous function whose body is a call gets a twin with the same
% parameters and the output varargout: the body's call asked for the
% caller's nargout outputs through call_outputs_. A body that is no call
% (or a call in parentheses) has none.
f = @(v) max(v);
g = @(x) x + 1;
h = @() (deal(1, 2));
% CHECK: function anon-many-outputs>@0(v) -> (ans)
% CHECK: function anon-many-outputs>@1(v) -> (varargout)
% CHECK: call builtin nargout
% CHECK-NEXT: fhandle @max
% CHECK-NEXT: call builtin call_outputs_ nargout=1
% CHECK: function anon-many-outputs>@2(x) -> (ans)
% CHECK-NOT: varargout
