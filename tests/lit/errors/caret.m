% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
% Each diagnostic is followed by its source line and a marker line: '^' under
% the first byte of the range and '~' under the rest of it on that line. A
% tab in the source stays a tab in the marker line, so the caret lines up.
total = sum(x) + ;
	name = 'unclosed
result = 0x1FFu8 + 1;

% CHECK:{{.*}}caret.m:5:18: error: expected an expression, found ';'
% CHECK-NEXT:total = sum(x) + ;
% CHECK-NEXT:                 ^
% CHECK-NEXT:{{.*}}caret.m:6:9: error: unterminated character vector; add a closing quote (')
% CHECK-NEXT:	name = 'unclosed
% CHECK-NEXT:	       ^~~~~~~~~
% CHECK-NEXT:{{.*}}caret.m:7:10: error: integer literal '0x1FFu8' does not fit in 8 bits
% CHECK-NEXT:result = 0x1FFu8 + 1;
% CHECK-NEXT:         ^~~~~~~
% CHECK-NOT:{{.}}
