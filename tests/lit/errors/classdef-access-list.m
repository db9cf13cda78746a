% RUN: not %mcc -ferror-limit=0 -I %S/../../conformance/programs/classdef_access_list.files -I %S/Inputs/classdef-list %s -o %t 2>&1 | FileCheck %s
% Access lists ({?Auditor}: Locker, Auditor and Auditor's subclasses; {} private), checked where
% inference knows the object's class: code of no class and a class not in the list (Stranger)
% may not read or set the listed members nor call the listed method; Auditor's and
% SubAuditor's uses (classdef_access_list.m) are allowed.
k = Locker();
x = k.secret;
y = k.peek();
k.note = 'n';
z = Stranger();
r = z.pry(k) + z.call(k) + z.sealOf(k);
k = z.scribble(k);
a = SubAuditor();
fprintf('%d\n', a.deeper(k) + a.inspect(k));

% CHECK-DAG: classdef-access-list.m:7:5: error: Unable to get the 'secret' property of class 'Locker' because it is private.
% CHECK-DAG: classdef-access-list.m:8:5: error: Cannot access method 'peek' in class 'Locker'.
% CHECK-DAG: classdef-access-list.m:9:1: error: Unable to set the 'note' property of class 'Locker' because it is read-only.
% CHECK-DAG: Stranger.m:4:11: error: Unable to get the 'secret' property of class 'Locker' because it is private.
% CHECK-DAG: Stranger.m:7:11: error: Cannot access method 'peek' in class 'Locker'.
% CHECK-DAG: Stranger.m:10:7: error: Unable to set the 'note' property of class 'Locker' because it is read-only.
% CHECK-DAG: Stranger.m:13:11: error: Unable to get the 'seal' property of class 'Locker' because it is private.
% CHECK-NOT: Auditor.m
