% RUN: %python -c "print('x = ' + ' + '.join(['1'] * 1500) + ';\ny = 2;')" > %t.m
% RUN: not %mcc -fsyntax-only %t.m 2>&1 | FileCheck %s
% A chain of 1500 additions is a tree 1500 levels high, past the limit of
% 1000: one error, underlining the expression from its start, and the next
% statement parses normally.
% CHECK-NOT: error:
% CHECK: {{.*}}.tmp.m:1:5: error: expression is too deeply nested (limit 1000)
% CHECK-NEXT: {{^}}x = 1 + 1 + 1
% CHECK-NEXT: {{^}}    ^~~~~~~~~~~
% CHECK-NOT: error:
