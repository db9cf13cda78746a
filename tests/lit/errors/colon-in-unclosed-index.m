% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% Regression test (fixed 2026-11-22); it failed before, as described here.
% The bug was: a ':' inside an index whose ')' is missing is reported as "a bare ':'
% is only valid inside an index expression", which is false: it is inside
% an index. parseArgList takes ':' as a whole-dimension index only when ','
% or the closer follows; otherwise the ':' goes to parsePrimary, which
% reports ColonOutsideIndex without checking inIndex(). The only error here
% is the missing ')'.
a = x(:;
b = 1;

% CHECK-NOT: error:
% CHECK: {{.*}}colon-in-unclosed-index.m:9:8: error: expected ',' or ')', found ';'
% CHECK-NOT: error:
