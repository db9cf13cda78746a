% RUN: %mcc --emit=ast %s | FileCheck %s
% Inside [] and {}, a quote right after a value is a transpose ([a' b'] has
% two transposed elements), but after a blank it opens a char vector
% ([a 'str'] has two elements: a and 'str').
x = [a' b'];
x = [a 'str'];
x = [a' 'str'];
x = [a.' b'];
x = [a'' b];
x = [a '' b];
x = {a', 'b'};
x = ['a''b' 'c'];
x = [[1 2]' [3 4]'];
x = [a' ; 'b'];

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}matrix-whitespace-quotes.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Assign <5:1-5:12>
% CHECK-NEXT:       lhs: Ident x <5:1-5:2>
% CHECK-NEXT:       rhs: Matrix rows=1 <5:5-5:12>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Postfix ctranspose <5:6-5:8>
% CHECK-NEXT:             Ident a <5:6-5:7>
% CHECK-NEXT:           Postfix ctranspose <5:9-5:11>
% CHECK-NEXT:             Ident b <5:9-5:10>
% CHECK-NEXT:     Assign <6:1-6:14>
% CHECK-NEXT:       lhs: Ident x <6:1-6:2>
% CHECK-NEXT:       rhs: Matrix rows=1 <6:5-6:14>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Ident a <6:6-6:7>
% CHECK-NEXT:           Char 'str' <6:8-6:13>
% CHECK-NEXT:     Assign <7:1-7:15>
% CHECK-NEXT:       lhs: Ident x <7:1-7:2>
% CHECK-NEXT:       rhs: Matrix rows=1 <7:5-7:15>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Postfix ctranspose <7:6-7:8>
% CHECK-NEXT:             Ident a <7:6-7:7>
% CHECK-NEXT:           Char 'str' <7:9-7:14>
% CHECK-NEXT:     Assign <8:1-8:13>
% CHECK-NEXT:       lhs: Ident x <8:1-8:2>
% CHECK-NEXT:       rhs: Matrix rows=1 <8:5-8:13>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Postfix transpose <8:6-8:9>
% CHECK-NEXT:             Ident a <8:6-8:7>
% CHECK-NEXT:           Postfix ctranspose <8:10-8:12>
% CHECK-NEXT:             Ident b <8:10-8:11>
% CHECK-NEXT:     Assign <9:1-9:12>
% CHECK-NEXT:       lhs: Ident x <9:1-9:2>
% CHECK-NEXT:       rhs: Matrix rows=1 <9:5-9:12>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Postfix ctranspose <9:6-9:9>
% CHECK-NEXT:             Postfix ctranspose <9:6-9:8>
% CHECK-NEXT:               Ident a <9:6-9:7>
% CHECK-NEXT:           Ident b <9:10-9:11>
% CHECK-NEXT:     Assign <10:1-10:13>
% CHECK-NEXT:       lhs: Ident x <10:1-10:2>
% CHECK-NEXT:       rhs: Matrix rows=1 <10:5-10:13>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Ident a <10:6-10:7>
% CHECK-NEXT:           Char '' <10:8-10:10>
% CHECK-NEXT:           Ident b <10:11-10:12>
% CHECK-NEXT:     Assign <11:1-11:14>
% CHECK-NEXT:       lhs: Ident x <11:1-11:2>
% CHECK-NEXT:       rhs: Cell rows=1 <11:5-11:14>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Postfix ctranspose <11:6-11:8>
% CHECK-NEXT:             Ident a <11:6-11:7>
% CHECK-NEXT:           Char 'b' <11:10-11:13>
% CHECK-NEXT:     Assign <12:1-12:17>
% CHECK-NEXT:       lhs: Ident x <12:1-12:2>
% CHECK-NEXT:       rhs: Matrix rows=1 <12:5-12:17>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Char 'a''b' <12:6-12:12>
% CHECK-NEXT:           Char 'c' <12:13-12:16>
% CHECK-NEXT:     Assign <13:1-13:20>
% CHECK-NEXT:       lhs: Ident x <13:1-13:2>
% CHECK-NEXT:       rhs: Matrix rows=1 <13:5-13:20>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Postfix ctranspose <13:6-13:12>
% CHECK-NEXT:             Matrix rows=1 <13:6-13:11>
% CHECK-NEXT:               row:
% CHECK-NEXT:                 Number 1 value=1 <13:7-13:8>
% CHECK-NEXT:                 Number 2 value=2 <13:9-13:10>
% CHECK-NEXT:           Postfix ctranspose <13:13-13:19>
% CHECK-NEXT:             Matrix rows=1 <13:13-13:18>
% CHECK-NEXT:               row:
% CHECK-NEXT:                 Number 3 value=3 <13:14-13:15>
% CHECK-NEXT:                 Number 4 value=4 <13:16-13:17>
% CHECK-NEXT:     Assign <14:1-14:15>
% CHECK-NEXT:       lhs: Ident x <14:1-14:2>
% CHECK-NEXT:       rhs: Matrix rows=2 <14:5-14:15>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Postfix ctranspose <14:6-14:8>
% CHECK-NEXT:             Ident a <14:6-14:7>
% CHECK-NEXT:         row:
% CHECK-NEXT:           Char 'b' <14:11-14:14>
