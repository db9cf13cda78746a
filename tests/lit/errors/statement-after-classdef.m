% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% After the 'end' of a classdef only local functions may follow.
classdef Point
  properties
    x
  end
end
function helper()
end
p = Point();

% CHECK-NOT: error:
% CHECK: {{.*}}statement-after-classdef.m:10:1: error: only local functions may follow the 'end' of a classdef
% CHECK-NEXT: {{^}}p = Point();
% CHECK-NEXT: {{^}}^
% CHECK-NOT: error:
