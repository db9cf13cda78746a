% RUN: not %mcc --emit=ir %s 2>&1 | FileCheck %s
% eval of constant text is compiled in place (its code sits at the
% literal's place in the file, so a syntax error in it points there); eval
% of text known only at run time, and eval with a catch string, are
% compile-time diagnostics naming the limitation.
eval('a = 1;');
code = 'b = 2;';
eval(code);
eval('c = 3;', 'c = 0;');
eval('d = (1;');

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: {{.*}}eval-constant.m:10:13: error: expected ')', found ';'
% CHECK-NEXT:       d = (1;
% CHECK-NEXT:             ^
% CHECK-NEXT: {{.*}}eval-constant.m:8:1: error: eval of text known only at run time (mcc compiles eval of constant text) is not implemented yet
% CHECK-NEXT: eval(code);
% CHECK-NEXT: ^~~~~~~~~~
% CHECK-NEXT: {{.*}}eval-constant.m:9:1: error: eval with a catch expression is not implemented yet
% CHECK-NEXT: eval('c = 3;', 'c = 0;');
% CHECK-NEXT: ^~~~~~~~~~~~~~~~~~~~~~~~
