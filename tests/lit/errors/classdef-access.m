% RUN: not %mcc -ferror-limit=0 -I %S/Inputs/classdef %s -o %t 2>&1 | FileCheck %s
% Property and method access attributes (Vault.m, BigVault.m), checked where inference knows
% the object's class: assigning a SetAccess private, protected or immutable property outside
% what may set it (an immutable one in an ordinary method too), reading a private or
% protected (GetAccess) property, calling a private method (as obj.f() and f(obj)) from
% outside the class, and a private static method through an object (through the class's
% name: classdef-access-static.m). A subclass sets a protected property and reads a GetAccess
% protected one, but not a private one. (MATLAB's documentation gives the set error's text;
% the other two are mcc's, in MATLAB's form.)
v = Vault('ann');
v.gold = 5;
v.owner = 'bob';
v.level = 3;
c = v.code;
a = v.audit;
v = v.reset();
v = reset(v);
b = BigVault('cy');
k = b.peek();
v = v.rename('dee');
s = v.secret();

% CHECK-DAG: classdef-access.m:11:1: error: Unable to set the 'gold' property of class 'Vault' because it is read-only.
% CHECK-DAG: classdef-access.m:12:1: error: Unable to set the 'owner' property of class 'Vault' because it is read-only.
% CHECK-DAG: classdef-access.m:13:1: error: Unable to set the 'level' property of class 'Vault' because it is read-only.
% CHECK-DAG: classdef-access.m:14:5: error: Unable to get the 'code' property of class 'Vault' because it is private.
% CHECK-DAG: classdef-access.m:15:5: error: Unable to get the 'audit' property of class 'Vault' because it is protected.
% CHECK-DAG: classdef-access.m:16:5: error: Cannot access method 'reset' in class 'Vault'.
% CHECK-DAG: classdef-access.m:17:5: error: Cannot access method 'reset' in class 'Vault'.
% CHECK-DAG: classdef-access.m:21:5: error: Cannot access method 'secret' in class 'Vault'.
% CHECK-DAG: BigVault.m:9:11: error: Unable to get the 'code' property of class 'BigVault' because it is private.
% CHECK-DAG: Vault.m:22:7: error: Unable to set the 'owner' property of class 'Vault' because it is read-only.
% CHECK-NOT: BigVault.m:5
% CHECK-NOT: BigVault.m:6
