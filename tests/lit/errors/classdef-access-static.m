% RUN: not %mcc -ferror-limit=0 -I %S/Inputs/classdef %s -o %t 2>&1 | FileCheck %s
% A static method with Access = private (Vault.m) called from outside its class, through the
% class's name (through an object: classdef-access.m).
r = Vault.secret();

% CHECK: classdef-access-static.m:4:5: error: Cannot access method 'secret' in class 'Vault'.
