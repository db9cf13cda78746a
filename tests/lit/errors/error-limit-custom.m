% RUN: not %mcc -fsyntax-only -ferror-limit=5 %s 2>&1 | FileCheck %s
% Regression test (fixed 2026-11-22); it failed before, as described here.
% The bug was: -ferror-limit=N is ignored for syntax errors. parseFile() (Parser.cpp)
% parses into its own DiagnosticEngine objects, which keep the default limit
% of 20, and DiagnosticEngine::replay() does not apply the outer engine's
% limit; so -ferror-limit=5 still prints 20 errors (lexer errors under
% --emit=tokens do honour it). Expected: 5 errors, then the fatal error.
% CHECK-COUNT-4: error: invalid target of an assignment
% CHECK: {{.*}}error-limit-custom.m:18:1: error: invalid target of an assignment; expected a variable, an indexed variable or a field
% CHECK-NEXT: {{^}}3 = x5;
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
