% RUN: not %mcc -ferror-limit=0 -I %S/Inputs/classdef %s -o %t 2>&1 | FileCheck %s
% Misusing an enumeration class (Shade.m): a member it does not define (MATLAB's error for
% NAME.M). An enumeration derived from a built-in class cannot define properties, and
% each of its members has one value (Tone.m).
s = Shade.Light;
t = Shade.Purple;
v = Tone.Low;

% CHECK-DAG: classdef-enumeration.m:6:5: error: The class Shade has no Constant property or Static method named 'Purple'.
% CHECK-DAG: Tone.m:3:5: error: Enumeration classes that subclass built-in numeric or logical classes cannot define properties.
% CHECK-DAG: Tone.m:7:5: error: a member of an enumeration derived from 'int8' without one value is not implemented yet
