% RUN: %mcc --emit=ast %s | FileCheck %s
% break, continue, return; global and persistent with one or more names.
function f
  global a b
  persistent n
  if isempty(n), n = 0; end
  for k = 1:10
    if k == 2, continue; end
    if k == 5, break, end
  end
  return
end

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File function {{.*}}simple-statements.m
% CHECK-NEXT:   Function f outputs=() params=() end <3:1-12:4>
% CHECK-NEXT:     body:
% CHECK-NEXT:       Global a b <4:3-4:13>
% CHECK-NEXT:       Persistent n <5:3-5:15>
% CHECK-NEXT:       If <6:3-6:28>
% CHECK-NEXT:         cond: Index () <6:6-6:16>
% CHECK-NEXT:           base: Ident isempty <6:6-6:13>
% CHECK-NEXT:           arg: Ident n <6:14-6:15>
% CHECK-NEXT:         then:
% CHECK-NEXT:           Assign <6:18-6:23>
% CHECK-NEXT:             lhs: Ident n <6:18-6:19>
% CHECK-NEXT:             rhs: Number 0 value=0 <6:22-6:23>
% CHECK-NEXT:       For <7:3-10:6>
% CHECK-NEXT:         var: Ident k <7:7-7:8>
% CHECK-NEXT:         iter: Range <7:11-7:15>
% CHECK-NEXT:           first: Number 1 value=1 <7:11-7:12>
% CHECK-NEXT:           last: Number 10 value=10 <7:13-7:15>
% CHECK-NEXT:         body:
% CHECK-NEXT:           If <8:5-8:29>
% CHECK-NEXT:             cond: Binary eq <8:8-8:14>
% CHECK-NEXT:               Ident k <8:8-8:9>
% CHECK-NEXT:               Number 2 value=2 <8:13-8:14>
% CHECK-NEXT:             then:
% CHECK-NEXT:               Continue <8:16-8:24>
% CHECK-NEXT:           If <9:5-9:26>
% CHECK-NEXT:             cond: Binary eq <9:8-9:14>
% CHECK-NEXT:               Ident k <9:8-9:9>
% CHECK-NEXT:               Number 5 value=5 <9:13-9:14>
% CHECK-NEXT:             then:
% CHECK-NEXT:               Break <9:16-9:21>
% CHECK-NEXT:       Return <11:3-11:9>
