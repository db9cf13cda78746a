% RUN: %mcc --emit=ir %s 2>&1 | FileCheck %s
% nargin(h) and nargout(h) of a handle known only at run time ask the counts
% the handle carries (declared_count_: 0 for nargin, 1 for nargout); a named
% function or an anonymous function written in the call is counted here.
h = @helper;
c = nargin(h) + nargout(h) + nargin(@helper) + nargin(@(x, y) x);
fprintf('%d\n', c);

function y = helper(x)
  y = x;
end
% CHECK: call builtin declared_count_
% CHECK: call builtin declared_count_
% CHECK-NOT: call builtin declared_count_
% CHECK-NOT: error:
