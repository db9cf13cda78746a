% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% The default error limit is 20: after the 20th error (line 29) mcc prints a
% fatal error and stops; the 5 bad statements after it are not reported.
% CHECK-COUNT-19: error: invalid target of an assignment
% CHECK: {{.*}}error-limit.m:29:1: error: invalid target of an assignment; expected a variable, an indexed variable or a field
% CHECK-NEXT: {{^}}3 = x20;
% CHECK-NEXT: {{^}}^
% CHECK-NEXT: {{^}}mcc: fatal error: too many errors emitted, stopping now
% CHECK-NOT: error
3 = x1;
3 = x2;
3 = x3;
3 = x4;
3 = x5;
3 = x6;
3 = x7;
3 = x8;
3 = x9;
3 = x10;
3 = x11;
3 = x12;
3 = x13;
3 = x14;
3 = x15;
3 = x16;
3 = x17;
3 = x18;
3 = x19;
3 = x20;
3 = x21;
3 = x22;
3 = x23;
3 = x24;
3 = x25;
