% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% Regression test (fixed 2026-11-22); it failed before, as described here.
% The bug was: an empty or cut-off parenthesised group gets two errors at the same
% token: "expected an expression, found ';'" and then "expected ')', found
% ';'". The second one adds nothing; clang, for one, reports only the
% first. (The same doubling follows "for" with no loop variable, '@(' at the
% end of a line, 'function [' and 'classdef (' ...)
y = (;
z = 1;

% CHECK-NOT: error:
% CHECK: {{.*}}empty-group.m:8:6: error: expected an expression, found ';'
% CHECK-NOT: error:
