% RUN: not %mcc -fsyntax-only %S/Inputs/bom.m 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
% Regression test (fixed 2026-11-22); it failed before, as described here.
% The bug was: Inputs/bom.m starts with a UTF-8 byte order mark. The lexer skips it,
% but the column of an error on the first line still counts its 3 bytes:
% "bom.m:1:4" for the '3' that every editor shows in column 1, and the caret
% is printed 3 places to the right of it (the BOM is invisible, but it is
% echoed with the source line). Expected: column 1 and the caret under
% the '3'.
% CHECK:{{.*}}bom.m:1:1: error: invalid target of an assignment; expected a variable, an indexed variable or a field
% CHECK-NEXT:{{.*}}3 = x;
% CHECK-NEXT:^
% CHECK-NOT:{{.}}
