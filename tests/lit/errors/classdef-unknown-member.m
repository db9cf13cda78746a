% RUN: not %mcc -ferror-limit=0 -I %S/Inputs/classdef %s -o %t 2>&1 | FileCheck %s
% A property or method the class does not have, on an object whose class is
% known at compile time: MATLAB's run-time message, at compile time.
% (Arrays of Box objects compile: classdef_object_arrays_matlab.m;
% arrays of handles do not yet: classdef-handle-arrays.m.)
b = Box();
fprintf('%g\n', b.depth);
b.height = 2;
b.K = 3;

% CHECK-DAG: classdef-unknown-member.m:7:17: error: Unrecognized method, property, or field 'depth' for class 'Box'.
% CHECK-DAG: classdef-unknown-member.m:8:1: error: Unrecognized property 'height' for class 'Box'.
% CHECK-DAG: classdef-unknown-member.m:9:1: error: Unable to set the 'K' property of class 'Box' because it is read-only.
