% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% Regression test (fixed 2026-11-22); it failed before, as described here.
% The bug was: a cell array closed by ']' reports "expected ',' or '}', found ']'",
% then consumes the ']' and reads on as if the cell were still open: the next
% line becomes a row of the cell (a bogus "expected an expression, found '='"
% at 10:3) and a last error comes at the end of the file ("expected '}',
% found end of file"). Expected: one error at the ']' with the note, then
% parsing resumes on line 10.
c = {1, 2];
y = 3 +;

% CHECK-NOT: error:
% CHECK: {{.*}}mismatched-closer-cell.m:9:10: error: expected '}', found ']'
% CHECK-NEXT: c = {1, 2];
% CHECK-NEXT: ^
% CHECK-NEXT: {{.*}}mismatched-closer-cell.m:9:5: note: '{' opened here
% CHECK-NOT: error:
% CHECK: {{.*}}mismatched-closer-cell.m:10:8: error: expected an expression, found ';'
% CHECK-NOT: error:
