% RUN: not %mcc -I %S/Inputs/classdef %s -o %t 2>&1 | FileCheck %s
% A handle class (reference semantics) is not compiled yet: a diagnostic at
% the class's name, never wrong code.
c = Counter();
c.bump();

% CHECK: Counter.m:1:10: error: handle classes is not implemented yet
