% RUN: not %mcc -fsyntax-only %s 2>&1 | FileCheck %s
% The body of a classdef holds only member blocks; a statement there is
% reported and skipped, and the blocks after it are still read.
classdef Counter
  properties
    n = 0
  end
  n = 1;
  methods
    function obj = Counter()
    end
  end
end

% CHECK-NOT: error:
% CHECK: {{.*}}classdef-bad-member.m:8:3: error: expected 'properties', 'methods', 'events', 'enumeration' or 'end' in a classdef
% CHECK-NEXT: {{^}}  n = 1;
% CHECK-NEXT: {{^}}  ^
% CHECK-NOT: error:
