% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% A cell array whose '}' is missing at the very end of a file that has no
% final newline: the error is just after the last character.
% CHECK-NOT: error:
% CHECK: {{.*}}missing-rbrace.m:11:21: error: expected '}', found end of file
% CHECK-NEXT: {{^}}c = {1, 'two', [3 4]
% CHECK-NEXT: {{^}}                    ^
% CHECK-NOT: error:
% CHECK: {{.*}}missing-rbrace.m:11:5: note: '{' opened here
% CHECK-NOT: error:
c = {1, 'two', [3 4]