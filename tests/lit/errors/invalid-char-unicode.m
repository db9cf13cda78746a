% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% A non-ASCII character outside a literal is shown whole in the message.
% Columns count bytes: the 'π' inside the char vector on line 6 is two bytes,
% so the '×' after it is at byte column 17.
z = x × 2;
s = 'π'; t = 2 × 3;
u = "naïve";

% CHECK-NOT: error:
% CHECK: {{.*}}invalid-char-unicode.m:5:7: error: invalid character '×' in program text
% CHECK-NOT: error:
% CHECK: {{.*}}invalid-char-unicode.m:6:17: error: invalid character '×' in program text
% CHECK-NOT: error:
