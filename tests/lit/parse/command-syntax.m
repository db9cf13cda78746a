% RUN: %mcc --emit=ast %s | FileCheck %s
% Command syntax: a name at the start of a statement, a blank, then text
% that is not '=', '(' or an operator followed by a blank, is a call with
% char-vector arguments. Words split at blanks; quotes group words and lose
% their quotes ('' is a quote); ',' ';' and comments end the command.
hold on
format long
warning off all
disp hello
disp 'hello world'
disp 'it''s'
disp -x
clear all % comment
format long g;
disp hello, x = 1
load file.mat x y
cd ..

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}command-syntax.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Command hold 'on' display <6:1-6:8>
% CHECK-NEXT:     Command format 'long' display <7:1-7:12>
% CHECK-NEXT:     Command warning 'off' 'all' display <8:1-8:16>
% CHECK-NEXT:     Command disp 'hello' display <9:1-9:11>
% CHECK-NEXT:     Command disp 'hello world' display <10:1-10:19>
% CHECK-NEXT:     Command disp 'it''s' display <11:1-11:13>
% CHECK-NEXT:     Command disp '-x' display <12:1-12:8>
% CHECK-NEXT:     Command clear 'all' display <13:1-13:10>
% CHECK-NEXT:     Command format 'long' 'g' <14:1-14:14>
% CHECK-NEXT:     Command disp 'hello' display <15:1-15:11>
% CHECK-NEXT:     Assign display <15:13-15:18>
% CHECK-NEXT:       lhs: Ident x <15:13-15:14>
% CHECK-NEXT:       rhs: Number 1 value=1 <15:17-15:18>
% CHECK-NEXT:     Command load 'file.mat' 'x' 'y' display <16:1-16:18>
% CHECK-NEXT:     Command cd '..' display <17:1-17:6>
