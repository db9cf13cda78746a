% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% Regression test (fixed 2026-11-22); it failed before, as described here.
% The bug was: a closer with no opener at all is reported as "expected ';', ',' or a
% new line after the statement, found ')'", which suggests adding a ';'.
% DiagnosticKinds.def has a diagnostic for exactly this case, UnmatchedCloser
% ("'%0' has no matching '%1'"), but nothing reports it.
x = 1);
y = [1 2]];
z = 3};

% CHECK-NOT: error:
% CHECK: {{.*}}unmatched-closer.m:7:6: error: ')' has no matching '('
% CHECK-NOT: error:
% CHECK: {{.*}}unmatched-closer.m:8:10: error: ']' has no matching '['
% CHECK-NOT: error:
% CHECK: {{.*}}unmatched-closer.m:9:6: error: '}' has no matching '{'
% CHECK-NOT: error:
