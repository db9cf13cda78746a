% RUN: not %mcc -ferror-limit=0 -I %S/Inputs/classdef %s -o %t 2>&1 | FileCheck %s
% A handle class compiles (Counter: no diagnostic); inheriting from any
% MATLAB class, and a destructor (a delete method, which MATLAB calls when
% the object goes away), are diagnostics where the class declares them.
c = Counter();
c.bump();
r = Resource();

% CHECK-NOT: Counter.m
% CHECK-DAG: Resource.m:1:10: error: class inheritance (< matlab.mixin.SetGet) is not implemented yet
% CHECK-DAG: Resource.m:6:14: error: delete methods (destructors) is not implemented yet
% CHECK-NOT: Counter.m
