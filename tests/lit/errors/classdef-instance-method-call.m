% RUN: not %mcc -ferror-limit=0 -I %S/Inputs/classdef %s -o %t 2>&1 | FileCheck %s
% NAME.f(obj) of an ordinary (not static) method is MATLAB's error, at
% compile time; NAME.K of a constant property is fine.
b = Box();
fprintf('%g\n', Box.K);
a = Box.area(b);
Box.area(b)

% CHECK: classdef-instance-method-call.m:6:5: error: The class Box has no Constant property or Static method named 'area'.
% CHECK: classdef-instance-method-call.m:7:1: error: The class Box has no Constant property or Static method named 'area'.
% CHECK-NOT: error:
