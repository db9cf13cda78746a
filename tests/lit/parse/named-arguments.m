% RUN: %mcc --emit=ast %s | FileCheck %s
% MATLAB R2021a name=value arguments: `Name=value` inside a call's
% parentheses is a NamedArg (blanks around '=' allowed), after any
% positional arguments. `==` stays a comparison.
plot(x, y, LineWidth=2)
a = f(Name=1, Other="x");
a = f(1, Name = 2);
a = f(x == 1);

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}named-arguments.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Expr display <5:1-5:24>
% CHECK-NEXT:       Index () <5:1-5:24>
% CHECK-NEXT:         base: Ident plot <5:1-5:5>
% CHECK-NEXT:         arg: Ident x <5:6-5:7>
% CHECK-NEXT:         arg: Ident y <5:9-5:10>
% CHECK-NEXT:         arg: NamedArg LineWidth <5:12-5:23>
% CHECK-NEXT:           value: Number 2 value=2 <5:22-5:23>
% CHECK-NEXT:     Assign <6:1-6:25>
% CHECK-NEXT:       lhs: Ident a <6:1-6:2>
% CHECK-NEXT:       rhs: Index () <6:5-6:25>
% CHECK-NEXT:         base: Ident f <6:5-6:6>
% CHECK-NEXT:         arg: NamedArg Name <6:7-6:13>
% CHECK-NEXT:           value: Number 1 value=1 <6:12-6:13>
% CHECK-NEXT:         arg: NamedArg Other <6:15-6:24>
% CHECK-NEXT:           value: String "x" <6:21-6:24>
% CHECK-NEXT:     Assign <7:1-7:19>
% CHECK-NEXT:       lhs: Ident a <7:1-7:2>
% CHECK-NEXT:       rhs: Index () <7:5-7:19>
% CHECK-NEXT:         base: Ident f <7:5-7:6>
% CHECK-NEXT:         arg: Number 1 value=1 <7:7-7:8>
% CHECK-NEXT:         arg: NamedArg Name <7:10-7:18>
% CHECK-NEXT:           value: Number 2 value=2 <7:17-7:18>
% CHECK-NEXT:     Assign <8:1-8:14>
% CHECK-NEXT:       lhs: Ident a <8:1-8:2>
% CHECK-NEXT:       rhs: Index () <8:5-8:14>
% CHECK-NEXT:         base: Ident f <8:5-8:6>
% CHECK-NEXT:         arg: Binary eq <8:7-8:13>
% CHECK-NEXT:           Ident x <8:7-8:8>
% CHECK-NEXT:           Number 1 value=1 <8:12-8:13>
