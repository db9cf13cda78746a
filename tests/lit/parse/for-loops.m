% RUN: %mcc --emit=ast %s | FileCheck %s
% for loops iterate over any expression (a matrix iterates over its
% columns). The header may be wrapped in parentheses, `for (k = 1:3)`, which
% is not the same as `for k = (1:3)` (a Paren iterator). The body may start
% on the header's line.
for k = [1 2; 3 4]
  disp(k)
end
for (k = 1:3) x = k; end
for k = (1:3), end
for k = 1:3 disp(k), end
for k = x'
end

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}for-loops.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     For <6:1-8:4>
% CHECK-NEXT:       var: Ident k <6:5-6:6>
% CHECK-NEXT:       iter: Matrix rows=2 <6:9-6:19>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Number 1 value=1 <6:10-6:11>
% CHECK-NEXT:           Number 2 value=2 <6:12-6:13>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Number 3 value=3 <6:15-6:16>
% CHECK-NEXT:           Number 4 value=4 <6:17-6:18>
% CHECK-NEXT:       body:
% CHECK-NEXT:         Expr display <7:3-7:10>
% CHECK-NEXT:           Index () <7:3-7:10>
% CHECK-NEXT:             base: Ident disp <7:3-7:7>
% CHECK-NEXT:             arg: Ident k <7:8-7:9>
% CHECK-NEXT:     For <9:1-9:25>
% CHECK-NEXT:       var: Ident k <9:6-9:7>
% CHECK-NEXT:       iter: Range <9:10-9:13>
% CHECK-NEXT:         first: Number 1 value=1 <9:10-9:11>
% CHECK-NEXT:         last: Number 3 value=3 <9:12-9:13>
% CHECK-NEXT:       body:
% CHECK-NEXT:         Assign <9:15-9:20>
% CHECK-NEXT:           lhs: Ident x <9:15-9:16>
% CHECK-NEXT:           rhs: Ident k <9:19-9:20>
% CHECK-NEXT:     For <10:1-10:19>
% CHECK-NEXT:       var: Ident k <10:5-10:6>
% CHECK-NEXT:       iter: Paren <10:9-10:14>
% CHECK-NEXT:         Range <10:10-10:13>
% CHECK-NEXT:           first: Number 1 value=1 <10:10-10:11>
% CHECK-NEXT:           last: Number 3 value=3 <10:12-10:13>
% CHECK-NEXT:       body:
% CHECK-NEXT:     For <11:1-11:25>
% CHECK-NEXT:       var: Ident k <11:5-11:6>
% CHECK-NEXT:       iter: Range <11:9-11:12>
% CHECK-NEXT:         first: Number 1 value=1 <11:9-11:10>
% CHECK-NEXT:         last: Number 3 value=3 <11:11-11:12>
% CHECK-NEXT:       body:
% CHECK-NEXT:         Expr display <11:13-11:20>
% CHECK-NEXT:           Index () <11:13-11:20>
% CHECK-NEXT:             base: Ident disp <11:13-11:17>
% CHECK-NEXT:             arg: Ident k <11:18-11:19>
% CHECK-NEXT:     For <12:1-13:4>
% CHECK-NEXT:       var: Ident k <12:5-12:6>
% CHECK-NEXT:       iter: Postfix ctranspose <12:9-12:11>
% CHECK-NEXT:         Ident x <12:9-12:10>
% CHECK-NEXT:       body:
