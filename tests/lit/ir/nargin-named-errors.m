% RUN: not %mcc --emit=ir %s 2>&1 | FileCheck %s
% nargin('f') and nargout(@f) are counted at compile time: a name that is
% no function of the program, a builtin, or a handle known only at run time
% is a diagnostic at the argument.
a = nargin('no_such_function');
b = nargout(@disp);
h = @helper;
c = nargin(h);
d = nargin(@helper);

function y = helper(x)
  y = x;
end
% CHECK: {{.*}}nargin-named-errors.m:5:12: error: nargin('no_such_function'): 'no_such_function' is not a function of this program
% CHECK: {{.*}}nargin-named-errors.m:5:12: note: 'no_such_function' is not a variable here
% CHECK: {{.*}}nargin-named-errors.m:6:13: error: nargout of the builtin 'disp' is not supported; mcc gives the counts of the program's own functions
% CHECK: {{.*}}nargin-named-errors.m:8:12: error: nargin of a value known only at run time (name the function: nargin('f') or nargin(@f)) is not supported
% CHECK-NOT: error:
