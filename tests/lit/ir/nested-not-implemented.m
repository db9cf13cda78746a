% RUN: not %mcc --emit=ir %s 2>&1 | FileCheck %s
% A global or persistent declaration of a variable that a nested function
% shares with its parent is a diagnostic (two storages for one variable).
function nested_not_implemented
global g
g = 1;
count = 0;
show();
  function show()
    persistent count
    count = 1;
    disp(g + count);
  end
end

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: {{.*}}nested-not-implemented.m:5:8: error: a global or persistent declaration of a variable shared with nested functions is not implemented yet
% CHECK-NEXT: global g
% CHECK-NEXT:        ^
% CHECK-NEXT: {{.*}}nested-not-implemented.m:10:16: error: a global or persistent declaration of a variable shared with nested functions is not implemented yet
% CHECK-NEXT:     persistent count
% CHECK-NEXT:                ^~~~~
