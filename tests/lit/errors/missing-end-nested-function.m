% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% 'inner' is nested in 'outer' and takes the file's only 'end', so 'outer'
% has none while another function of the file ends with 'end'. The error
% names the function that lost its 'end'.
function r = outer(x)
  r = inner(x);
  function y = inner(v)
    y = 2 * v;
  end

% CHECK-NOT: error:
% CHECK: {{.*}}missing-end-nested-function.m:5:14: error: function 'outer' has no 'end', but other functions in this file end with 'end'; check for a block missing its 'end'
% CHECK-NEXT: function r = outer(x)
% CHECK-NEXT: ^~~~~
% CHECK-NOT: error:
