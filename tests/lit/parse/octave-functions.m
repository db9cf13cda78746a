% RUN: %mcc --emit=ast %s | FileCheck %s
% Octave function extensions: endfunction closes a function, and
% parameters may have default values (`n = 2`), printed as n=... in the
% signature and as `default n:` children.
function r = f(x, n = 2, opts = struct())
  r = x * n;
endfunction

function g
  disp(1)
endfunction

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File function {{.*}}octave-functions.m
% CHECK-NEXT:   Function f outputs=(r) params=(x, n=..., opts=...) end <5:1-7:12>
% CHECK-NEXT:     default n: Number 2 value=2 <5:23-5:24>
% CHECK-NEXT:     default opts: Index () <5:33-5:41>
% CHECK-NEXT:       base: Ident struct <5:33-5:39>
% CHECK-NEXT:     body:
% CHECK-NEXT:       Assign <6:3-6:12>
% CHECK-NEXT:         lhs: Ident r <6:3-6:4>
% CHECK-NEXT:         rhs: Binary mtimes <6:7-6:12>
% CHECK-NEXT:           Ident x <6:7-6:8>
% CHECK-NEXT:           Ident n <6:11-6:12>
% CHECK-NEXT:   Function g outputs=() params=() end <9:1-11:12>
% CHECK-NEXT:     body:
% CHECK-NEXT:       Expr display <10:3-10:10>
% CHECK-NEXT:         Index () <10:3-10:10>
% CHECK-NEXT:           base: Ident disp <10:3-10:7>
% CHECK-NEXT:           arg: Number 1 value=1 <10:8-10:9>
