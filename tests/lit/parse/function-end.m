% RUN: %mcc --emit=ast %s | FileCheck %s
% Functions closed by `end`: each one's range ends at its `end`, `end` is
% recorded on the function, and the body's own `if ... end` does not close it.
function r = first(x)
  if x > 0
    r = x;
  else
    r = -x;
  end
end

function second()
end

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File function {{.*}}function-end.m
% CHECK-NEXT:   Function first outputs=(r) params=(x) end <4:1-10:4>
% CHECK-NEXT:     body:
% CHECK-NEXT:       If <5:3-9:6>
% CHECK-NEXT:         cond: Binary gt <5:6-5:11>
% CHECK-NEXT:           Ident x <5:6-5:7>
% CHECK-NEXT:           Number 0 value=0 <5:10-5:11>
% CHECK-NEXT:         then:
% CHECK-NEXT:           Assign <6:5-6:10>
% CHECK-NEXT:             lhs: Ident r <6:5-6:6>
% CHECK-NEXT:             rhs: Ident x <6:9-6:10>
% CHECK-NEXT:         else:
% CHECK-NEXT:           Assign <8:5-8:11>
% CHECK-NEXT:             lhs: Ident r <8:5-8:6>
% CHECK-NEXT:             rhs: Unary uminus <8:9-8:11>
% CHECK-NEXT:               Ident x <8:10-8:11>
% CHECK-NEXT:   Function second outputs=() params=() end <12:1-13:4>
% CHECK-NEXT:     body:
