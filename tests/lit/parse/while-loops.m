% RUN: %mcc --emit=ast %s | FileCheck %s
% while loops, with break and continue in their bodies; the body may share
% the header's line.
while x > 0
  x = x - 1;
  if x == 2, continue; end
  if x == 5, break, end
end
while x > 0 x = x - 1; end

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}while-loops.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     While <4:1-8:4>
% CHECK-NEXT:       cond: Binary gt <4:7-4:12>
% CHECK-NEXT:         Ident x <4:7-4:8>
% CHECK-NEXT:         Number 0 value=0 <4:11-4:12>
% CHECK-NEXT:       body:
% CHECK-NEXT:         Assign <5:3-5:12>
% CHECK-NEXT:           lhs: Ident x <5:3-5:4>
% CHECK-NEXT:           rhs: Binary minus <5:7-5:12>
% CHECK-NEXT:             Ident x <5:7-5:8>
% CHECK-NEXT:             Number 1 value=1 <5:11-5:12>
% CHECK-NEXT:         If <6:3-6:27>
% CHECK-NEXT:           cond: Binary eq <6:6-6:12>
% CHECK-NEXT:             Ident x <6:6-6:7>
% CHECK-NEXT:             Number 2 value=2 <6:11-6:12>
% CHECK-NEXT:           then:
% CHECK-NEXT:             Continue <6:14-6:22>
% CHECK-NEXT:         If <7:3-7:24>
% CHECK-NEXT:           cond: Binary eq <7:6-7:12>
% CHECK-NEXT:             Ident x <7:6-7:7>
% CHECK-NEXT:             Number 5 value=5 <7:11-7:12>
% CHECK-NEXT:           then:
% CHECK-NEXT:             Break <7:14-7:19>
% CHECK-NEXT:     While <9:1-9:27>
% CHECK-NEXT:       cond: Binary gt <9:7-9:12>
% CHECK-NEXT:         Ident x <9:7-9:8>
% CHECK-NEXT:         Number 0 value=0 <9:11-9:12>
% CHECK-NEXT:       body:
% CHECK-NEXT:         Assign <9:13-9:22>
% CHECK-NEXT:           lhs: Ident x <9:13-9:14>
% CHECK-NEXT:           rhs: Binary minus <9:17-9:22>
% CHECK-NEXT:             Ident x <9:17-9:18>
% CHECK-NEXT:             Number 1 value=1 <9:21-9:22>
