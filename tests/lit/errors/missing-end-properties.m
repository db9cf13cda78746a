% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% A properties block and its classdef both open at the end of the file: both
% are reported, the inner block first.
classdef Point
  properties
    x = 0

% CHECK-NOT: error:
% CHECK: {{.*}}missing-end-properties.m:5:3: error: 'properties' is missing its 'end'
% CHECK-NOT: error:
% CHECK: {{.*}}missing-end-properties.m:4:1: error: 'classdef' is missing its 'end'
% CHECK-NOT: error:
