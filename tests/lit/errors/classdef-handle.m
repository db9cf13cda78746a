% RUN: not %mcc -ferror-limit=0 -I %S/Inputs/classdef %s -o %t 2>&1 | FileCheck %s
% A handle class compiles (Counter: no diagnostic), and so does its
% destructor (Resource's delete(obj), which MATLAB calls when the object
% goes away); inheriting from any MATLAB class, a delete method of another
% form (MATLAB calls it by name only) and one of a value class are
% diagnostics where the class declares them.
c = Counter();
c.bump();
r = Resource();
b = BadDelete();
v = ValueDelete();

% CHECK-NOT: Counter.m
% CHECK-DAG: Resource.m:1:10: error: class inheritance (< matlab.mixin.SetGet) is not implemented yet
% CHECK-DAG: BadDelete.m:6:19: error: a delete method that is not a destructor (function delete(obj), one input and no output) is not implemented yet
% CHECK-DAG: ValueDelete.m:6:14: error: a delete method of a value class (MATLAB calls destructors of handle classes only) is not implemented yet
% CHECK-NOT: Resource.m:6
% CHECK-NOT: Counter.m
