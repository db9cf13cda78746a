% RUN: %mcc --emit=ast %s | FileCheck %s
% Function handles (@name, @pkg.name), anonymous functions with zero or more
% parameters whose body is one expression (it runs to the end of the
% expression, so `@(x) x + 1` takes the whole sum), nested anonymous
% functions, and meta-class queries ?Name.
f = @sin;
f = @pkg.sub.fn;
f = @(x) x.^2 + 1;
f = @() disp('hi');
f = @(x, y) x + y;
f = @(x) @(y) x * y;
f = @(~, y) y;
c = {@sin, @(t) t + 1};
m = ?pkg.Cls;

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}handles.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Assign <6:1-6:9>
% CHECK-NEXT:       lhs: Ident f <6:1-6:2>
% CHECK-NEXT:       rhs: FuncHandle @sin <6:5-6:9>
% CHECK-NEXT:     Assign <7:1-7:16>
% CHECK-NEXT:       lhs: Ident f <7:1-7:2>
% CHECK-NEXT:       rhs: FuncHandle @pkg.sub.fn <7:5-7:16>
% CHECK-NEXT:     Assign <8:1-8:18>
% CHECK-NEXT:       lhs: Ident f <8:1-8:2>
% CHECK-NEXT:       rhs: AnonFunc @(x) <8:5-8:18>
% CHECK-NEXT:         body: Binary plus <8:10-8:18>
% CHECK-NEXT:           Binary power <8:10-8:14>
% CHECK-NEXT:             Ident x <8:10-8:11>
% CHECK-NEXT:             Number 2 value=2 <8:13-8:14>
% CHECK-NEXT:           Number 1 value=1 <8:17-8:18>
% CHECK-NEXT:     Assign <9:1-9:19>
% CHECK-NEXT:       lhs: Ident f <9:1-9:2>
% CHECK-NEXT:       rhs: AnonFunc @() <9:5-9:19>
% CHECK-NEXT:         body: Index () <9:9-9:19>
% CHECK-NEXT:           base: Ident disp <9:9-9:13>
% CHECK-NEXT:           arg: Char 'hi' <9:14-9:18>
% CHECK-NEXT:     Assign <10:1-10:18>
% CHECK-NEXT:       lhs: Ident f <10:1-10:2>
% CHECK-NEXT:       rhs: AnonFunc @(x, y) <10:5-10:18>
% CHECK-NEXT:         body: Binary plus <10:13-10:18>
% CHECK-NEXT:           Ident x <10:13-10:14>
% CHECK-NEXT:           Ident y <10:17-10:18>
% CHECK-NEXT:     Assign <11:1-11:20>
% CHECK-NEXT:       lhs: Ident f <11:1-11:2>
% CHECK-NEXT:       rhs: AnonFunc @(x) <11:5-11:20>
% CHECK-NEXT:         body: AnonFunc @(y) <11:10-11:20>
% CHECK-NEXT:           body: Binary mtimes <11:15-11:20>
% CHECK-NEXT:             Ident x <11:15-11:16>
% CHECK-NEXT:             Ident y <11:19-11:20>
% CHECK-NEXT:     Assign <12:1-12:14>
% CHECK-NEXT:       lhs: Ident f <12:1-12:2>
% CHECK-NEXT:       rhs: AnonFunc @(~, y) <12:5-12:14>
% CHECK-NEXT:         body: Ident y <12:13-12:14>
% CHECK-NEXT:     Assign <13:1-13:23>
% CHECK-NEXT:       lhs: Ident c <13:1-13:2>
% CHECK-NEXT:       rhs: Cell rows=1 <13:5-13:23>
% CHECK-NEXT:         row:
% CHECK-NEXT:           FuncHandle @sin <13:6-13:10>
% CHECK-NEXT:           AnonFunc @(t) <13:12-13:22>
% CHECK-NEXT:             body: Binary plus <13:17-13:22>
% CHECK-NEXT:               Ident t <13:17-13:18>
% CHECK-NEXT:               Number 1 value=1 <13:21-13:22>
% CHECK-NEXT:     Assign <14:1-14:13>
% CHECK-NEXT:       lhs: Ident m <14:1-14:2>
% CHECK-NEXT:       rhs: MetaClass ?pkg.Cls <14:5-14:13>
