% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% Regression test (fixed 2026-11-22); it failed before, as described here.
% The bug was: messages name a token by the spelling of its kind, not by its text:
% Octave's '!' and '!=' are lexed as Tok::Not and Tok::NotEq, so an error at
% them says "found '~'" and "found '~='", characters that are not in the
% source. The message should quote the source text.
a = 1 ! 2;
b = 1 != ;
c = != 2;

% CHECK-NOT: error:
% CHECK: {{.*}}not-operator-spelling.m:7:7: error: expected ';', ',' or a new line after the statement, found '!'
% CHECK-NOT: error:
% CHECK: {{.*}}not-operator-spelling.m:8:10: error: expected an expression, found ';'
% CHECK-NOT: error:
% CHECK: {{.*}}not-operator-spelling.m:9:5: error: expected an expression, found '!='
% CHECK-NOT: error:
