% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% 'classdef' must start its file (comments before it are fine).
x = 1;
classdef Point
  properties
    x
  end
end

% CHECK-NOT: error:
% CHECK: {{.*}}classdef-not-first.m:4:1: error: 'classdef' must be the first statement of its file
% CHECK-NEXT: {{^}}classdef Point
% CHECK-NEXT: {{^}}^~~~~~~~
% CHECK-NOT: error:
