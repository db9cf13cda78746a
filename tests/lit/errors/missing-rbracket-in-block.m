% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% Regression test (fixed 2026-11-22); it failed before, as described here.
% The bug was: a matrix whose ']' is missing inside a block: the error at the 'end'
% ("expected ']', found 'end'", with the note) is right, but error recovery
% then skips that 'end' too (the lexer still counts the '[' as open, so the
% 'end' has depth 1 and Parser::recover() does not stop at it), and a second,
% false error follows: "'if' is missing its 'end'".
if x
  v = [1, 2
end
w = 3;

% CHECK-NOT: error:
% CHECK: {{.*}}missing-rbracket-in-block.m:10:1: error: expected ']', found 'end'
% CHECK-NEXT: {{^}}end
% CHECK-NEXT: {{^}}^~~
% CHECK-NEXT: {{.*}}missing-rbracket-in-block.m:9:7: note: '[' opened here
% CHECK-NOT: error:
