% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% Octave's do ... until loop; the first one is complete, the second one is
% still open at the end of the file.
x = 0;
do
  x = x + 1;
until x > 3
do
  x = x - 1;

% CHECK-NOT: error:
% CHECK: {{.*}}do-without-until.m:8:1: error: 'do' is missing its 'until'
% CHECK-NEXT: {{^}}do
% CHECK-NEXT: {{^}}^~
% CHECK-NOT: error:
