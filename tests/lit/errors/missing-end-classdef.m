% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% The 'end' of the properties block is there; the classdef's is not.
classdef Point
  properties
    x = 0
    y = 0
  end

% CHECK-NOT: error:
% CHECK: {{.*}}missing-end-classdef.m:3:1: error: 'classdef' is missing its 'end'
% CHECK-NEXT: classdef Point
% CHECK-NEXT: ^~~~~~~~
% CHECK-NOT: error:
