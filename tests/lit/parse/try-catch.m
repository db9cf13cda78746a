% RUN: %mcc --emit=ast %s | FileCheck %s
% try / catch. `catch err` names the exception when the name ends the line
% or is followed by ',' or ';'. Everything may share one line, where
% `catch,` starts an unnamed catch block. A try may have no catch at all.
try
  x = 1;
catch err
  disp(err.message)
end
try, x = 1; catch err, disp(err.message); end
try
  x = 1;
catch
  x = 2;
end
try x = 1; catch, x = 2; end
try
  x = 1;
end

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}try-catch.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Try <5:1-9:4>
% CHECK-NEXT:       body:
% CHECK-NEXT:         Assign <6:3-6:8>
% CHECK-NEXT:           lhs: Ident x <6:3-6:4>
% CHECK-NEXT:           rhs: Number 1 value=1 <6:7-6:8>
% CHECK-NEXT:       catch err:
% CHECK-NEXT:         Expr display <8:3-8:20>
% CHECK-NEXT:           Index () <8:3-8:20>
% CHECK-NEXT:             base: Ident disp <8:3-8:7>
% CHECK-NEXT:             arg: Field message <8:8-8:19>
% CHECK-NEXT:               base: Ident err <8:8-8:11>
% CHECK-NEXT:     Try <10:1-10:46>
% CHECK-NEXT:       body:
% CHECK-NEXT:         Assign <10:6-10:11>
% CHECK-NEXT:           lhs: Ident x <10:6-10:7>
% CHECK-NEXT:           rhs: Number 1 value=1 <10:10-10:11>
% CHECK-NEXT:       catch err:
% CHECK-NEXT:         Expr <10:24-10:41>
% CHECK-NEXT:           Index () <10:24-10:41>
% CHECK-NEXT:             base: Ident disp <10:24-10:28>
% CHECK-NEXT:             arg: Field message <10:29-10:40>
% CHECK-NEXT:               base: Ident err <10:29-10:32>
% CHECK-NEXT:     Try <11:1-15:4>
% CHECK-NEXT:       body:
% CHECK-NEXT:         Assign <12:3-12:8>
% CHECK-NEXT:           lhs: Ident x <12:3-12:4>
% CHECK-NEXT:           rhs: Number 1 value=1 <12:7-12:8>
% CHECK-NEXT:       catch:
% CHECK-NEXT:         Assign <14:3-14:8>
% CHECK-NEXT:           lhs: Ident x <14:3-14:4>
% CHECK-NEXT:           rhs: Number 2 value=2 <14:7-14:8>
% CHECK-NEXT:     Try <16:1-16:29>
% CHECK-NEXT:       body:
% CHECK-NEXT:         Assign <16:5-16:10>
% CHECK-NEXT:           lhs: Ident x <16:5-16:6>
% CHECK-NEXT:           rhs: Number 1 value=1 <16:9-16:10>
% CHECK-NEXT:       catch:
% CHECK-NEXT:         Assign <16:19-16:24>
% CHECK-NEXT:           lhs: Ident x <16:19-16:20>
% CHECK-NEXT:           rhs: Number 2 value=2 <16:23-16:24>
% CHECK-NEXT:     Try <17:1-19:4>
% CHECK-NEXT:       body:
% CHECK-NEXT:         Assign <18:3-18:8>
% CHECK-NEXT:           lhs: Ident x <18:3-18:4>
% CHECK-NEXT:           rhs: Number 1 value=1 <18:7-18:8>
