% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% An 'end' (or an Octave end keyword) with no block open. The first 'if'
% is closed properly; the two extra closers after it are each reported.
x = 1;
if x
  x = 2;
end
end
endwhile

% CHECK-NOT: error:
% CHECK: {{.*}}end-without-block.m:8:1: error: 'end' without a matching block; nothing is open here
% CHECK-NEXT: {{^}}end
% CHECK-NEXT: {{^}}^~~
% CHECK-NOT: error:
% CHECK: {{.*}}end-without-block.m:9:1: error: 'endwhile' without a matching block; nothing is open here
% CHECK-NOT: error:
