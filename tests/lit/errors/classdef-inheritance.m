% RUN: not %mcc -ferror-limit=0 -I %S/Inputs/classdef-inherit %s -o %t 2>&1 | FileCheck %s
% Inheritance errors, where the class or the call is: a superclass that is
% no class of the program, a property a subclass defines again (MATLAB's
% messages), a class that is its own superclass, and superclass calls
% MATLAB rejects: a conditional constructor call, a class that is not a
% direct superclass, a method the superclass does not have, a method of
% another name (MATLAB allows only the method's own), a call outside a
% class's methods. Two superclasses that both define a property or a
% method the class does not define; two with a common superclass (not
% compiled yet).
o = Orphan();
t = Twin();
m = Misuse(1);
fprintf('%g\n', m.area());
l = LoopA();
v = area@Base(t);
b = Both();
d = Diamond();

% CHECK-DAG: Orphan.m:1:10: error: The specified superclass 'NoSuchClass' contains a parse error, cannot be found on MATLAB's search path, or is shadowed by another file with the same name.
% CHECK-DAG: Twin.m:4:5: error: Cannot define property 'w' in class 'Twin' because the property has already been defined in the superclass 'Base'.
% CHECK-DAG: Misuse.m:5:15: error: The superclass constructor call 'obj@Base' must be a statement of the constructor's body, not inside if, switch, a loop or try.
% CHECK-DAG: Misuse.m:9:11: error: 'Other' is not a direct superclass of the class 'Misuse'.
% CHECK-DAG: Misuse.m:12:11: error: The class 'Base' has no method 'extra'.
% CHECK-DAG: Misuse.m:15:11: error: 'area@Base' is called from the function 'other': a method can call only the superclass method of its own name.
% CHECK-DAG: LoopB.m:1:10: error: The class 'LoopB' is its own superclass (through 'LoopA').
% CHECK-DAG: classdef-inheritance.m:16:5: error: 'area@Base' calls a superclass, which only a method of a class can.
% CHECK-DAG: Both.m:1:10: error: The property 'w' comes from both 'Base' and 'Other'; MATLAB allows one.
% CHECK-DAG: Both.m:1:10: error: The method 'area' comes from both 'Base' and 'Other'; the class 'Both' must define it.
% CHECK-DAG: Diamond.m:1:10: error: superclasses with a common superclass ('Top') is not implemented yet
