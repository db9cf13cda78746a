% RUN: not %mcc -ferror-limit=0 -I %S/Inputs/classdef %s -o %t 2>&1 | FileCheck %s
% Setting a property of a member of a value enumeration (Shade.m): only the constructor sets
% properties (MATLAB makes them SetAccess immutable), so the class's own methods cannot
% either (a validated property too); a property the class lacks is the unknown-property
% error. Enumerations do not support colon (MATLAB's error for a class without a colon
% method).
s = Shade.Light;
s.level = 3;
s.depth = 1;
u = darker(s);
r = Shade.Dark:Shade.Light;

% CHECK-DAG: classdef-enumeration-immutable.m:8:1: error: Unable to set the 'level' property of class 'Shade' because it is read-only.
% CHECK-DAG: classdef-enumeration-immutable.m:9:1: error: Unrecognized property 'depth' for class 'Shade'.
% CHECK-DAG: Shade.m:10:7: error: Unable to set the 'level' property of class 'Shade' because it is read-only.
% CHECK-DAG: classdef-enumeration-immutable.m:11:5: error: Undefined function 'colon' for input arguments of type 'Shade'.
