% RUN: %mcc --emit=ast %s | FileCheck %s
% parfor loops; `parfor (i = range, M)` gives the maximum number of workers.
parfor i = 1:n
  y(i) = i;
end
parfor (i = 1:n, 4)
  y(i) = i;
end
parfor (i = 1:n)
end

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}parfor-loops.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Parfor <3:1-5:4>
% CHECK-NEXT:       var: Ident i <3:8-3:9>
% CHECK-NEXT:       iter: Range <3:12-3:15>
% CHECK-NEXT:         first: Number 1 value=1 <3:12-3:13>
% CHECK-NEXT:         last: Ident n <3:14-3:15>
% CHECK-NEXT:       body:
% CHECK-NEXT:         Assign <4:3-4:11>
% CHECK-NEXT:           lhs: Index () <4:3-4:7>
% CHECK-NEXT:             base: Ident y <4:3-4:4>
% CHECK-NEXT:             arg: Ident i <4:5-4:6>
% CHECK-NEXT:           rhs: Ident i <4:10-4:11>
% CHECK-NEXT:     Parfor <6:1-8:4>
% CHECK-NEXT:       var: Ident i <6:9-6:10>
% CHECK-NEXT:       iter: Range <6:13-6:16>
% CHECK-NEXT:         first: Number 1 value=1 <6:13-6:14>
% CHECK-NEXT:         last: Ident n <6:15-6:16>
% CHECK-NEXT:       workers: Number 4 value=4 <6:18-6:19>
% CHECK-NEXT:       body:
% CHECK-NEXT:         Assign <7:3-7:11>
% CHECK-NEXT:           lhs: Index () <7:3-7:7>
% CHECK-NEXT:             base: Ident y <7:3-7:4>
% CHECK-NEXT:             arg: Ident i <7:5-7:6>
% CHECK-NEXT:           rhs: Ident i <7:10-7:11>
% CHECK-NEXT:     Parfor <9:1-10:4>
% CHECK-NEXT:       var: Ident i <9:9-9:10>
% CHECK-NEXT:       iter: Range <9:13-9:16>
% CHECK-NEXT:         first: Number 1 value=1 <9:13-9:14>
% CHECK-NEXT:         last: Ident n <9:15-9:16>
% CHECK-NEXT:       body:
