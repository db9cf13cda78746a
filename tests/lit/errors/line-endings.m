% RUN: not %mcc -fsyntax-only %S/Inputs/crlf.m 2>&1 | FileCheck --check-prefix=CRLF --match-full-lines --strict-whitespace %s
% RUN: not %mcc -fsyntax-only %S/Inputs/cr.m 2>&1 | FileCheck --check-prefix=CR --match-full-lines --strict-whitespace %s
% Windows (CR LF) and old Mac (CR) line endings count as one line break each,
% and the echoed source line has no stray CR.
% CRLF:{{.*}}crlf.m:2:1: error: invalid target of an assignment; expected a variable, an indexed variable or a field
% CRLF-NEXT:3 = x;
% CRLF-NEXT:^
% CRLF-NEXT:{{.*}}crlf.m:3:7: error: expected ')', found ';'
% CRLF-NEXT:b = (1;
% CRLF-NEXT:      ^
% CRLF-NOT:{{.}}
% CR:{{.*}}cr.m:2:1: error: invalid target of an assignment; expected a variable, an indexed variable or a field
% CR-NEXT:3 = x;
% CR-NEXT:^
% CR-NEXT:{{.*}}cr.m:3:7: error: expected ')', found ';'
% CR-NEXT:b = (1;
% CR-NEXT:      ^
% CR-NOT:{{.}}
