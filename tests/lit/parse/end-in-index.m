% RUN: %mcc --emit=ast %s | FileCheck %s
% `end` inside an index (of () or {}) is an End value, also inside arithmetic,
% ranges and matrices in the index. In a nested index it stays where it is
% written: in `x(y(end))` it belongs to y, in `c{end}(end)` each `end`
% belongs to its own index. It works in an anonymous function's body too.
a = x(end);
a = x(end-1, :);
a = c{end}(end);
a = x(y(end));
a = x(end:-1:1);
a = x([1 end]);
a = s.f(end);
a = c{end}.g{end};
a = @(v) v(end);

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}end-in-index.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Assign <6:1-6:11>
% CHECK-NEXT:       lhs: Ident a <6:1-6:2>
% CHECK-NEXT:       rhs: Index () <6:5-6:11>
% CHECK-NEXT:         base: Ident x <6:5-6:6>
% CHECK-NEXT:         arg: End <6:7-6:10>
% CHECK-NEXT:     Assign <7:1-7:16>
% CHECK-NEXT:       lhs: Ident a <7:1-7:2>
% CHECK-NEXT:       rhs: Index () <7:5-7:16>
% CHECK-NEXT:         base: Ident x <7:5-7:6>
% CHECK-NEXT:         arg: Binary minus <7:7-7:12>
% CHECK-NEXT:           End <7:7-7:10>
% CHECK-NEXT:           Number 1 value=1 <7:11-7:12>
% CHECK-NEXT:         arg: Colon <7:14-7:15>
% CHECK-NEXT:     Assign <8:1-8:16>
% CHECK-NEXT:       lhs: Ident a <8:1-8:2>
% CHECK-NEXT:       rhs: Index () <8:5-8:16>
% CHECK-NEXT:         base: Index {} <8:5-8:11>
% CHECK-NEXT:           base: Ident c <8:5-8:6>
% CHECK-NEXT:           arg: End <8:7-8:10>
% CHECK-NEXT:         arg: End <8:12-8:15>
% CHECK-NEXT:     Assign <9:1-9:14>
% CHECK-NEXT:       lhs: Ident a <9:1-9:2>
% CHECK-NEXT:       rhs: Index () <9:5-9:14>
% CHECK-NEXT:         base: Ident x <9:5-9:6>
% CHECK-NEXT:         arg: Index () <9:7-9:13>
% CHECK-NEXT:           base: Ident y <9:7-9:8>
% CHECK-NEXT:           arg: End <9:9-9:12>
% CHECK-NEXT:     Assign <10:1-10:16>
% CHECK-NEXT:       lhs: Ident a <10:1-10:2>
% CHECK-NEXT:       rhs: Index () <10:5-10:16>
% CHECK-NEXT:         base: Ident x <10:5-10:6>
% CHECK-NEXT:         arg: Range <10:7-10:15>
% CHECK-NEXT:           first: End <10:7-10:10>
% CHECK-NEXT:           step: Unary uminus <10:11-10:13>
% CHECK-NEXT:             Number 1 value=1 <10:12-10:13>
% CHECK-NEXT:           last: Number 1 value=1 <10:14-10:15>
% CHECK-NEXT:     Assign <11:1-11:15>
% CHECK-NEXT:       lhs: Ident a <11:1-11:2>
% CHECK-NEXT:       rhs: Index () <11:5-11:15>
% CHECK-NEXT:         base: Ident x <11:5-11:6>
% CHECK-NEXT:         arg: Matrix rows=1 <11:7-11:14>
% CHECK-NEXT:           row:
% CHECK-NEXT:             Number 1 value=1 <11:8-11:9>
% CHECK-NEXT:             End <11:10-11:13>
% CHECK-NEXT:     Assign <12:1-12:13>
% CHECK-NEXT:       lhs: Ident a <12:1-12:2>
% CHECK-NEXT:       rhs: Index () <12:5-12:13>
% CHECK-NEXT:         base: Field f <12:5-12:8>
% CHECK-NEXT:           base: Ident s <12:5-12:6>
% CHECK-NEXT:         arg: End <12:9-12:12>
% CHECK-NEXT:     Assign <13:1-13:18>
% CHECK-NEXT:       lhs: Ident a <13:1-13:2>
% CHECK-NEXT:       rhs: Index {} <13:5-13:18>
% CHECK-NEXT:         base: Field g <13:5-13:13>
% CHECK-NEXT:           base: Index {} <13:5-13:11>
% CHECK-NEXT:             base: Ident c <13:5-13:6>
% CHECK-NEXT:             arg: End <13:7-13:10>
% CHECK-NEXT:         arg: End <13:14-13:17>
% CHECK-NEXT:     Assign <14:1-14:16>
% CHECK-NEXT:       lhs: Ident a <14:1-14:2>
% CHECK-NEXT:       rhs: AnonFunc @(v) <14:5-14:16>
% CHECK-NEXT:         body: Index () <14:10-14:16>
% CHECK-NEXT:           base: Ident v <14:10-14:11>
% CHECK-NEXT:           arg: End <14:12-14:15>
