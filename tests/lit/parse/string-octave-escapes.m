% RUN: %mcc --emit=ast %s | FileCheck %s
% Octave decodes backslash escapes in "..." strings. mcc takes Octave's
% reading when MATLAB's would end on an escaped quote (\"), and then decodes
% every escape of that literal: \" \\ \n \t \a and octal \101 ('A'). The
% printer shows a newline as \n, a tab as \t and other control characters
% as \xNN.
a = "a\"b";
b = "say \"hi\"\n\a";
c = "\"\t\\\101\"";

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}string-octave-escapes.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Assign <7:1-7:11>
% CHECK-NEXT:       lhs: Ident a <7:1-7:2>
% CHECK-NEXT:       rhs: String "a""b" <7:5-7:11>
% CHECK-NEXT:     Assign <8:1-8:21>
% CHECK-NEXT:       lhs: Ident b <8:1-8:2>
% CHECK-NEXT:       rhs: String "say ""hi""\n\x07" <8:5-8:21>
% CHECK-NEXT:     Assign <9:1-9:19>
% CHECK-NEXT:       lhs: Ident c <9:1-9:2>
% CHECK-NEXT:       rhs: String """\t\\A""" <9:5-9:19>
