% RUN: %mcc --emit=ast %s | FileCheck %s
% spmd blocks, optionally with a worker count or a (min, max) range.
spmd
  x = labindex;
end
spmd (4)
  y = 1;
end
spmd (2, 4)
end

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}spmd.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Spmd <3:1-5:4>
% CHECK-NEXT:       body:
% CHECK-NEXT:         Assign <4:3-4:15>
% CHECK-NEXT:           lhs: Ident x <4:3-4:4>
% CHECK-NEXT:           rhs: Ident labindex <4:7-4:15>
% CHECK-NEXT:     Spmd <6:1-8:4>
% CHECK-NEXT:       arg: Number 4 value=4 <6:7-6:8>
% CHECK-NEXT:       body:
% CHECK-NEXT:         Assign <7:3-7:8>
% CHECK-NEXT:           lhs: Ident y <7:3-7:4>
% CHECK-NEXT:           rhs: Number 1 value=1 <7:7-7:8>
% CHECK-NEXT:     Spmd <9:1-10:4>
% CHECK-NEXT:       arg: Number 2 value=2 <9:7-9:8>
% CHECK-NEXT:       arg: Number 4 value=4 <9:10-9:11>
% CHECK-NEXT:       body:
