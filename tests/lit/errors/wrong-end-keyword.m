% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% Octave's specific end keywords must match their block. A wrong one is
% reported but still closes the block, so the code after it parses normally.
if x
  y = 1;
endwhile
while x
  x = x - 1;
endif
for k = 1:3
  z = k;
endfor
switch k
  case 1
    w = 1;
end_try_catch

% CHECK-NOT: error:
% CHECK: {{.*}}wrong-end-keyword.m:6:1: error: 'endwhile' cannot close 'if'
% CHECK-NEXT: {{^}}endwhile
% CHECK-NEXT: {{^}}^~~~~~~~
% CHECK-NOT: error:
% CHECK: {{.*}}wrong-end-keyword.m:9:1: error: 'endif' cannot close 'while'
% CHECK-NOT: error:
% CHECK: {{.*}}wrong-end-keyword.m:16:1: error: 'end_try_catch' cannot close 'switch'
% CHECK-NOT: error:
