% RUN: not %mcc -ferror-limit=0 -I %S/Inputs/classdef %s -o %t 2>&1 | FileCheck %s
% Each classdef feature mcc does not compile yet is a diagnostic where the
% class declares it.
f = Fancy();

% CHECK-DAG: Fancy.m:1:10: error: class inheritance (< matlab.mixin.Copyable) is not implemented yet
% CHECK-DAG: Fancy.m:6:21: error: the property validator 'mustBeEven' is not implemented yet
% CHECK-DAG: Fancy.m:7:5: error: the property class 'datetime' is not implemented yet
% CHECK-DAG: Fancy.m:8:10: error: a property size that is not a whole number or ':' is not implemented yet
% CHECK-DAG: Fancy.m:10:3: error: events is not implemented yet
% CHECK-DAG: Fancy.m:14:18: error: this form of a get. method is not implemented yet
% CHECK-DAG: Fancy.m:20:14: error: indexing, concatenation, display and save methods ('display') is not implemented yet
