% RUN: %mcc --emit=ast %s | FileCheck %s
% MATLAB's rule for telling command syntax from an expression: `a -1` is a
% command (a('-1')) while `a` is not a variable, but `a - 1` (blank after
% the operator), `a=-1`, `a =1`, `a(1)` and `a (1)` are expressions. Once
% `a` was assigned, `a -1` is a subtraction.
a -1
a - 1
a=-1
a -1
b =1
c (1)
c(1)
d 'str'
e @x
f +1
axis([0 1 0 1])
x'

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}command-vs-expression.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Command a '-1' display <6:1-6:5>
% CHECK-NEXT:     Expr display <7:1-7:6>
% CHECK-NEXT:       Binary minus <7:1-7:6>
% CHECK-NEXT:         Ident a <7:1-7:2>
% CHECK-NEXT:         Number 1 value=1 <7:5-7:6>
% CHECK-NEXT:     Assign display <8:1-8:5>
% CHECK-NEXT:       lhs: Ident a <8:1-8:2>
% CHECK-NEXT:       rhs: Unary uminus <8:3-8:5>
% CHECK-NEXT:         Number 1 value=1 <8:4-8:5>
% CHECK-NEXT:     Expr display <9:1-9:5>
% CHECK-NEXT:       Binary minus <9:1-9:5>
% CHECK-NEXT:         Ident a <9:1-9:2>
% CHECK-NEXT:         Number 1 value=1 <9:4-9:5>
% CHECK-NEXT:     Assign display <10:1-10:5>
% CHECK-NEXT:       lhs: Ident b <10:1-10:2>
% CHECK-NEXT:       rhs: Number 1 value=1 <10:4-10:5>
% CHECK-NEXT:     Expr display <11:1-11:6>
% CHECK-NEXT:       Index () <11:1-11:6>
% CHECK-NEXT:         base: Ident c <11:1-11:2>
% CHECK-NEXT:         arg: Number 1 value=1 <11:4-11:5>
% CHECK-NEXT:     Expr display <12:1-12:5>
% CHECK-NEXT:       Index () <12:1-12:5>
% CHECK-NEXT:         base: Ident c <12:1-12:2>
% CHECK-NEXT:         arg: Number 1 value=1 <12:3-12:4>
% CHECK-NEXT:     Command d 'str' display <13:1-13:8>
% CHECK-NEXT:     Command e '@x' display <14:1-14:5>
% CHECK-NEXT:     Command f '+1' display <15:1-15:5>
% CHECK-NEXT:     Expr display <16:1-16:16>
% CHECK-NEXT:       Index () <16:1-16:16>
% CHECK-NEXT:         base: Ident axis <16:1-16:5>
% CHECK-NEXT:         arg: Matrix rows=1 <16:6-16:15>
% CHECK-NEXT:           row:
% CHECK-NEXT:             Number 0 value=0 <16:7-16:8>
% CHECK-NEXT:             Number 1 value=1 <16:9-16:10>
% CHECK-NEXT:             Number 0 value=0 <16:11-16:12>
% CHECK-NEXT:             Number 1 value=1 <16:13-16:14>
% CHECK-NEXT:     Expr display <17:1-17:3>
% CHECK-NEXT:       Postfix ctranspose <17:1-17:3>
% CHECK-NEXT:         Ident x <17:1-17:2>
