% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
% Regression test (fixed 2026-11-22); it failed before, as described here.
% The bug was: the marker line counts bytes, not characters, so on a line with
% non-ASCII text the caret does not line up with the source line printed
% above it: on line 10 the caret for '×' (byte column 7, a 2-byte character)
% is "^~", two marks under one character; on line 11 the 'π' before it (2
% bytes, 1 character) pushes the caret one place right of the '×'. The
% line:column in the message (byte columns) is right; only the marker line
% is off. Expected: one '^' under the character itself.
z = x × 2;
a = 'π' + 2 × 3;

% CHECK:{{.*}}caret-utf8.m:10:7: error: invalid character '×' in program text
% CHECK-NEXT:z = x × 2;
% CHECK-NEXT:      ^
% CHECK-NEXT:{{.*}}caret-utf8.m:11:14: error: invalid character '×' in program text
% CHECK-NEXT:a = 'π' + 2 × 3;
% CHECK-NEXT:            ^
% CHECK-NOT:{{.}}
