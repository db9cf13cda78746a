% RUN: %mcc --emit=ast %s | FileCheck %s
% A function defined before its parent's `end` is nested in it (printed under
% `nested:`), and sees the parent's variables: `y -1` inside `inner` is an
% expression because `y` is assigned in `outer`. `other` follows `outer`'s
% `end`, so it is a local function, not a nested one.
function outer(x)
  y = 1;
  function inner(z)
    y -1
    disp(z + y)
  end
  inner(x)
end

function other
end

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File function {{.*}}nested-functions.m
% CHECK-NEXT:   Function outer outputs=() params=(x) end <6:1-13:4>
% CHECK-NEXT:     body:
% CHECK-NEXT:       Assign <7:3-7:8>
% CHECK-NEXT:         lhs: Ident y <7:3-7:4>
% CHECK-NEXT:         rhs: Number 1 value=1 <7:7-7:8>
% CHECK-NEXT:       Expr display <12:3-12:11>
% CHECK-NEXT:         Index () <12:3-12:11>
% CHECK-NEXT:           base: Ident inner <12:3-12:8>
% CHECK-NEXT:           arg: Ident x <12:9-12:10>
% CHECK-NEXT:     nested:
% CHECK-NEXT:       Function inner outputs=() params=(z) end <8:3-11:6>
% CHECK-NEXT:         body:
% CHECK-NEXT:           Expr display <9:5-9:9>
% CHECK-NEXT:             Binary minus <9:5-9:9>
% CHECK-NEXT:               Ident y <9:5-9:6>
% CHECK-NEXT:               Number 1 value=1 <9:8-9:9>
% CHECK-NEXT:           Expr display <10:5-10:16>
% CHECK-NEXT:             Index () <10:5-10:16>
% CHECK-NEXT:               base: Ident disp <10:5-10:9>
% CHECK-NEXT:               arg: Binary plus <10:10-10:15>
% CHECK-NEXT:                 Ident z <10:10-10:11>
% CHECK-NEXT:                 Ident y <10:14-10:15>
% CHECK-NEXT:   Function other outputs=() params=() end <15:1-16:4>
% CHECK-NEXT:     body:
