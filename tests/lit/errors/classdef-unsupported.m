% RUN: not %mcc -ferror-limit=0 -I %S/Inputs/classdef %s -o %t 2>&1 | FileCheck %s
% Each classdef feature mcc does not compile yet is a diagnostic where the
% class declares it.
f = Fancy();

% CHECK-DAG: Fancy.m:1:10: error: class inheritance (< matlab.mixin.Copyable) is not implemented yet
% CHECK-DAG: Fancy.m:2:15: error: the property attribute 'Dependent' is not implemented yet
% CHECK-DAG: Fancy.m:6:5: error: property validation is not implemented yet
% CHECK-DAG: Fancy.m:8:3: error: events is not implemented yet
% CHECK-DAG: Fancy.m:12:18: error: get. and set. methods is not implemented yet
% CHECK-DAG: Fancy.m:18:14: error: indexing, concatenation, display and save methods ('display') is not implemented yet
