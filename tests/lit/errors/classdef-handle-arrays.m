% RUN: not %mcc -ferror-limit=0 -I %S/Inputs/classdef %s -o %t 2>&1 | FileCheck %s
% Arrays of value objects compile; arrays of handle objects (each element
% its own handle) are not compiled yet: a diagnostic at the concatenation
% or the indexed assignment that would make one.
a = Counter();
b = Counter();
h = [a, b];
g(3) = Counter();
v(2) = Box();

% CHECK: classdef-handle-arrays.m:7:5: error: arrays of handle objects is not implemented yet
% CHECK: classdef-handle-arrays.m:8:1: error: arrays of handle objects is not implemented yet
% CHECK-NOT: error
