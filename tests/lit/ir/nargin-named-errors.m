% RUN: not %mcc --emit=ir %s 2>&1 | FileCheck %s
% nargin('f') and nargout(@f) are counted at compile time: a name that is
% no function of the program or a builtin is a diagnostic at the argument (a
% handle known only at run time is answered then: nargin-handle.m).
a = nargin('no_such_function');
b = nargout(@disp);
d = nargin(@helper);

function y = helper(x)
  y = x;
end
% CHECK: {{.*}}nargin-named-errors.m:5:12: error: nargin('no_such_function'): 'no_such_function' is not a function of this program
% CHECK: {{.*}}nargin-named-errors.m:5:12: note: 'no_such_function' is not a variable here
% CHECK: {{.*}}nargin-named-errors.m:6:13: error: nargout of the builtin 'disp' is not supported; mcc gives the counts of the program's own functions
% CHECK-NOT: error:
