% RUN: %mcc --emit=ast %s | FileCheck %s
% A quote right after a value (a name, a literal, a closing bracket, a
% transpose) is the ' (ctranspose) operator; elsewhere it opens a char
% vector. `.'` is transpose. Transposes stack (b'') and apply to index
% results (f()', x(end)'); `b'+'c'` is b' plus the char 'c'.
a = b';
a = b.';
a = b'';
a = 'b';
a = b' * c.';
a = b'+'c';
a = f()';
a = x(end)';
a = [1 2]';
a = b'^2;

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}operators-transpose.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Assign <6:1-6:7>
% CHECK-NEXT:       lhs: Ident a <6:1-6:2>
% CHECK-NEXT:       rhs: Postfix ctranspose <6:5-6:7>
% CHECK-NEXT:         Ident b <6:5-6:6>
% CHECK-NEXT:     Assign <7:1-7:8>
% CHECK-NEXT:       lhs: Ident a <7:1-7:2>
% CHECK-NEXT:       rhs: Postfix transpose <7:5-7:8>
% CHECK-NEXT:         Ident b <7:5-7:6>
% CHECK-NEXT:     Assign <8:1-8:8>
% CHECK-NEXT:       lhs: Ident a <8:1-8:2>
% CHECK-NEXT:       rhs: Postfix ctranspose <8:5-8:8>
% CHECK-NEXT:         Postfix ctranspose <8:5-8:7>
% CHECK-NEXT:           Ident b <8:5-8:6>
% CHECK-NEXT:     Assign <9:1-9:8>
% CHECK-NEXT:       lhs: Ident a <9:1-9:2>
% CHECK-NEXT:       rhs: Char 'b' <9:5-9:8>
% CHECK-NEXT:     Assign <10:1-10:13>
% CHECK-NEXT:       lhs: Ident a <10:1-10:2>
% CHECK-NEXT:       rhs: Binary mtimes <10:5-10:13>
% CHECK-NEXT:         Postfix ctranspose <10:5-10:7>
% CHECK-NEXT:           Ident b <10:5-10:6>
% CHECK-NEXT:         Postfix transpose <10:10-10:13>
% CHECK-NEXT:           Ident c <10:10-10:11>
% CHECK-NEXT:     Assign <11:1-11:11>
% CHECK-NEXT:       lhs: Ident a <11:1-11:2>
% CHECK-NEXT:       rhs: Binary plus <11:5-11:11>
% CHECK-NEXT:         Postfix ctranspose <11:5-11:7>
% CHECK-NEXT:           Ident b <11:5-11:6>
% CHECK-NEXT:         Char 'c' <11:8-11:11>
% CHECK-NEXT:     Assign <12:1-12:9>
% CHECK-NEXT:       lhs: Ident a <12:1-12:2>
% CHECK-NEXT:       rhs: Postfix ctranspose <12:5-12:9>
% CHECK-NEXT:         Index () <12:5-12:8>
% CHECK-NEXT:           base: Ident f <12:5-12:6>
% CHECK-NEXT:     Assign <13:1-13:12>
% CHECK-NEXT:       lhs: Ident a <13:1-13:2>
% CHECK-NEXT:       rhs: Postfix ctranspose <13:5-13:12>
% CHECK-NEXT:         Index () <13:5-13:11>
% CHECK-NEXT:           base: Ident x <13:5-13:6>
% CHECK-NEXT:           arg: End <13:7-13:10>
% CHECK-NEXT:     Assign <14:1-14:11>
% CHECK-NEXT:       lhs: Ident a <14:1-14:2>
% CHECK-NEXT:       rhs: Postfix ctranspose <14:5-14:11>
% CHECK-NEXT:         Matrix rows=1 <14:5-14:10>
% CHECK-NEXT:           row:
% CHECK-NEXT:             Number 1 value=1 <14:6-14:7>
% CHECK-NEXT:             Number 2 value=2 <14:8-14:9>
% CHECK-NEXT:     Assign <15:1-15:9>
% CHECK-NEXT:       lhs: Ident a <15:1-15:2>
% CHECK-NEXT:       rhs: Binary mpower <15:5-15:9>
% CHECK-NEXT:         Postfix ctranspose <15:5-15:7>
% CHECK-NEXT:           Ident b <15:5-15:6>
% CHECK-NEXT:         Number 2 value=2 <15:8-15:9>
