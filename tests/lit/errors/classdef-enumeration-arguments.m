% RUN: not %mcc -ferror-limit=0 -I %S/Inputs/classdef %s -o %t 2>&1 | FileCheck %s
% An error in the arguments of an enumeration member (Tint.m) is reported where the
% enumeration block has them, as the member's constructor call is made there.
p = Tint.Pale;

% CHECK: Tint.m:11:11: error: the function 'noSuchFunction' is not implemented yet
% CHECK-NEXT: Pale (noSuchFunction(1))
