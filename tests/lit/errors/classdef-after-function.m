% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% Regression test (fixed 2026-11-22); it failed before, as described here.
% The bug was: a classdef after the functions of a function file gets two errors at
% the same place: "statements cannot follow the functions of a function
% file" and "'classdef' must be the first statement of its file". The second
% is the precise one; the first is redundant.
function f()
end
classdef Point
end

% CHECK-NOT: error:
% CHECK: {{.*}}classdef-after-function.m:9:1: error: 'classdef' must be the first statement of its file
% CHECK-NOT: error:
