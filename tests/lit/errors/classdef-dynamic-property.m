% RUN: not %mcc -ferror-limit=0 -I %S/Inputs/classdef %s -o %t 2>&1 | FileCheck %s
% obj.(name) of an object whose properties are validated or have access
% methods would bypass them: a diagnostic, not wrong code.
x = Level();
name = 'value';
x.(name) = 3;
fprintf('%g\n', x.('half'));

% CHECK-DAG: classdef-dynamic-property.m:6:1: error: obj.(name) = v of an object with validated or set. properties is not implemented yet
% CHECK-DAG: classdef-dynamic-property.m:7:17: error: obj.(name) of an object with get. methods is not implemented yet
