% RUN: %mcc --emit=ast %s | FileCheck %s
% String scalars "...": "" inside stands for one double quote, a single quote
% needs no escaping. MATLAB has no backslash escapes: "tab\t bell\a" keeps
% both backslashes, and "C:\dir\" ends at its last quote (Octave's reading,
% which would take \" as an escaped quote, does not close on the line).
% The printer shows a backslash as itself but a decoded tab as \t too, so
% the \a (decoded it would print as \x07) is what shows no escape was read.
a = "say ""hi""";
b = "";
c = "it's";
d = "tab\t bell\a";
e = "C:\dir\";

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}string-literals.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Assign <8:1-8:17>
% CHECK-NEXT:       lhs: Ident a <8:1-8:2>
% CHECK-NEXT:       rhs: String "say ""hi""" <8:5-8:17>
% CHECK-NEXT:     Assign <9:1-9:7>
% CHECK-NEXT:       lhs: Ident b <9:1-9:2>
% CHECK-NEXT:       rhs: String "" <9:5-9:7>
% CHECK-NEXT:     Assign <10:1-10:11>
% CHECK-NEXT:       lhs: Ident c <10:1-10:2>
% CHECK-NEXT:       rhs: String "it's" <10:5-10:11>
% CHECK-NEXT:     Assign <11:1-11:19>
% CHECK-NEXT:       lhs: Ident d <11:1-11:2>
% CHECK-NEXT:       rhs: String "tab\\t bell\\a" <11:5-11:19>
% CHECK-NEXT:     Assign <12:1-12:14>
% CHECK-NEXT:       lhs: Ident e <12:1-12:2>
% CHECK-NEXT:       rhs: String "C:\\dir\\" <12:5-12:14>
