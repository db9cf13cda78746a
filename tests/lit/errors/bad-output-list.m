% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% Regression test (fixed 2026-11-22); it failed before, as described here.
% The bug was: a bad name in a function's output list gets four errors at the same
% column: "expected a parameter name or '~'", "expected ']', found number
% '3'", "expected '=', found number '3'" and "expected a function name after
% 'function'". The first one says it all. (The message also offers '~',
% which MATLAB does not allow as an output; "expected an output name" would
% fit better.)
function [a, 3] = f()
  a = 1;
end

% CHECK-NOT: error:
% CHECK: {{.*}}bad-output-list.m:9:14: error: expected a parameter name or '~'
% CHECK-NOT: error:
