% RUN: not %mcc -fsyntax-only -ferror-limit=0 %s 2>&1 | FileCheck %s
% Regression test (fixed 2026-11-22); it failed before, as described here.
% The bug was: -ferror-limit=0 means "no limit" (DriverOptions, like clang), but syntax
% errors still stop after 20 with "too many errors emitted" (same cause as
% error-limit-custom.m: the parser's own engines keep the default limit).
% Expected: all 25 errors, and no fatal error.
% CHECK-COUNT-24: error: invalid target of an assignment
% CHECK: {{.*}}error-limit-zero.m:38:1: error: invalid target of an assignment; expected a variable, an indexed variable or a field
% CHECK-NEXT: {{^}}3 = x25;
% CHECK-NOT: fatal error
%
%
%
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
