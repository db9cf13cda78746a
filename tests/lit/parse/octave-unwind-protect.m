% RUN: %mcc --emit=ast %s | FileCheck %s
% Octave's unwind_protect: the cleanup block runs however the body exits.
% It closes with end_unwind_protect (or end).
unwind_protect
  f = fopen('x');
  error('fail');
unwind_protect_cleanup
  fclose(f);
end_unwind_protect
unwind_protect
  a = 1;
unwind_protect_cleanup
end

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}octave-unwind-protect.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     UnwindProtect <4:1-9:19>
% CHECK-NEXT:       body:
% CHECK-NEXT:         Assign <5:3-5:17>
% CHECK-NEXT:           lhs: Ident f <5:3-5:4>
% CHECK-NEXT:           rhs: Index () <5:7-5:17>
% CHECK-NEXT:             base: Ident fopen <5:7-5:12>
% CHECK-NEXT:             arg: Char 'x' <5:13-5:16>
% CHECK-NEXT:         Expr <6:3-6:16>
% CHECK-NEXT:           Index () <6:3-6:16>
% CHECK-NEXT:             base: Ident error <6:3-6:8>
% CHECK-NEXT:             arg: Char 'fail' <6:9-6:15>
% CHECK-NEXT:       cleanup:
% CHECK-NEXT:         Expr <8:3-8:12>
% CHECK-NEXT:           Index () <8:3-8:12>
% CHECK-NEXT:             base: Ident fclose <8:3-8:9>
% CHECK-NEXT:             arg: Ident f <8:10-8:11>
% CHECK-NEXT:     UnwindProtect <10:1-13:4>
% CHECK-NEXT:       body:
% CHECK-NEXT:         Assign <11:3-11:8>
% CHECK-NEXT:           lhs: Ident a <11:3-11:4>
% CHECK-NEXT:           rhs: Number 1 value=1 <11:7-11:8>
% CHECK-NEXT:       cleanup:
