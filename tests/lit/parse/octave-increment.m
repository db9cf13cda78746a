% RUN: %mcc --emit=ast %s | FileCheck %s
% Octave's ++ and --: as statements, x++ / ++x are x += 1 and x-- / --x are
% x -= 1 (OpAssign with the literal 1). Inside an expression they are
% Increment nodes (prefix or postfix). `a++b` and `a ++ b` stay MATLAB's
% a + (+b), since an operand follows the signs.
x++;
x--
++x;
--x;
y = ++x * 2;
y = (x++);
y = a++b;
y = a ++ b;
y = a--b;

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}octave-increment.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     OpAssign plus <6:1-6:4>
% CHECK-NEXT:       lhs: Ident x <6:1-6:2>
% CHECK-NEXT:       rhs: Number 1 value=1 <6:1-6:4>
% CHECK-NEXT:     OpAssign minus display <7:1-7:4>
% CHECK-NEXT:       lhs: Ident x <7:1-7:2>
% CHECK-NEXT:       rhs: Number 1 value=1 <7:1-7:4>
% CHECK-NEXT:     OpAssign plus <8:1-8:4>
% CHECK-NEXT:       lhs: Ident x <8:3-8:4>
% CHECK-NEXT:       rhs: Number 1 value=1 <8:1-8:4>
% CHECK-NEXT:     OpAssign minus <9:1-9:4>
% CHECK-NEXT:       lhs: Ident x <9:3-9:4>
% CHECK-NEXT:       rhs: Number 1 value=1 <9:1-9:4>
% CHECK-NEXT:     Assign <10:1-10:12>
% CHECK-NEXT:       lhs: Ident y <10:1-10:2>
% CHECK-NEXT:       rhs: Binary mtimes <10:5-10:12>
% CHECK-NEXT:         Increment prefix ++ <10:5-10:8>
% CHECK-NEXT:           Ident x <10:7-10:8>
% CHECK-NEXT:         Number 2 value=2 <10:11-10:12>
% CHECK-NEXT:     Assign <11:1-11:10>
% CHECK-NEXT:       lhs: Ident y <11:1-11:2>
% CHECK-NEXT:       rhs: Paren <11:5-11:10>
% CHECK-NEXT:         Increment postfix ++ <11:6-11:9>
% CHECK-NEXT:           Ident x <11:6-11:7>
% CHECK-NEXT:     Assign <12:1-12:9>
% CHECK-NEXT:       lhs: Ident y <12:1-12:2>
% CHECK-NEXT:       rhs: Binary plus <12:5-12:9>
% CHECK-NEXT:         Ident a <12:5-12:6>
% CHECK-NEXT:         Unary uplus <12:7-12:9>
% CHECK-NEXT:           Ident b <12:8-12:9>
% CHECK-NEXT:     Assign <13:1-13:11>
% CHECK-NEXT:       lhs: Ident y <13:1-13:2>
% CHECK-NEXT:       rhs: Binary plus <13:5-13:11>
% CHECK-NEXT:         Ident a <13:5-13:6>
% CHECK-NEXT:         Unary uplus <13:8-13:11>
% CHECK-NEXT:           Ident b <13:10-13:11>
% CHECK-NEXT:     Assign <14:1-14:9>
% CHECK-NEXT:       lhs: Ident y <14:1-14:2>
% CHECK-NEXT:       rhs: Binary minus <14:5-14:9>
% CHECK-NEXT:         Ident a <14:5-14:6>
% CHECK-NEXT:         Unary uminus <14:7-14:9>
% CHECK-NEXT:           Ident b <14:8-14:9>
