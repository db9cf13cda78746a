% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% Inside [] a newline separates rows, so a matrix whose ']' is missing runs
% to the end of the file; the error is at the end of the file (line 17,
% after the last line) with a note at the '['.
% CHECK-NOT: error:
% CHECK: {{.*}}missing-rbracket.m:17:1: error: expected ']', found end of file
% CHECK-NOT: error:
% CHECK: {{.*}}missing-rbracket.m:15:5: note: '[' opened here
% CHECK-NEXT: {{^}}m = [1 2 3
% CHECK-NEXT: {{^}}    ^
% CHECK-NOT: error:
%
%
x = 1;
m = [1 2 3
     4 5 6
