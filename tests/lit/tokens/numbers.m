% RUN: %mcc --emit=tokens %s 2>&1 | FileCheck %s
% Number forms: decimals, exponents (e and Octave's d), imaginary suffixes,
% hex and binary with an integer class suffix, Octave's digit separators.
% A '.' after digits belongs to the number unless an operator (./ .^ .')
% or a continuation starts there.
a = 1.5e3 + .5 + 7.;
b = 3i + 2.5j + 1e-3 + 2D+2;
c = 0x1F + 0b101u8 + 0xFFs16;
d = 1./x + 1.^2 + 1.';
e = 20_000;

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: 1:49 Newline space
% CHECK-NEXT: 2:76 Newline space
% CHECK-NEXT: 3:74 Newline space
% CHECK-NEXT: 4:73 Newline space
% CHECK-NEXT: 5:34 Newline space
% CHECK-NEXT: 6:1 Ident 'a'
% CHECK-NEXT: 6:3 Assign '=' space
% CHECK-NEXT: 6:5 Number '1.5e3' space
% CHECK-NEXT: 6:11 Plus '+' space
% CHECK-NEXT: 6:13 Number '.5' space
% CHECK-NEXT: 6:16 Plus '+' space
% CHECK-NEXT: 6:18 Number '7.' space
% CHECK-NEXT: 6:20 Semi ';'
% CHECK-NEXT: 6:21 Newline
% CHECK-NEXT: 7:1 Ident 'b'
% CHECK-NEXT: 7:3 Assign '=' space
% CHECK-NEXT: 7:5 Number '3i' space
% CHECK-NEXT: 7:8 Plus '+' space
% CHECK-NEXT: 7:10 Number '2.5j' space
% CHECK-NEXT: 7:15 Plus '+' space
% CHECK-NEXT: 7:17 Number '1e-3' space
% CHECK-NEXT: 7:22 Plus '+' space
% CHECK-NEXT: 7:24 Number '2D+2' space
% CHECK-NEXT: 7:28 Semi ';'
% CHECK-NEXT: 7:29 Newline
% CHECK-NEXT: 8:1 Ident 'c'
% CHECK-NEXT: 8:3 Assign '=' space
% CHECK-NEXT: 8:5 Number '0x1F' space
% CHECK-NEXT: 8:10 Plus '+' space
% CHECK-NEXT: 8:12 Number '0b101u8' space
% CHECK-NEXT: 8:20 Plus '+' space
% CHECK-NEXT: 8:22 Number '0xFFs16' space
% CHECK-NEXT: 8:29 Semi ';'
% CHECK-NEXT: 8:30 Newline
% CHECK-NEXT: 9:1 Ident 'd'
% CHECK-NEXT: 9:3 Assign '=' space
% CHECK-NEXT: 9:5 Number '1' space
% CHECK-NEXT: 9:6 DotSlash './'
% CHECK-NEXT: 9:8 Ident 'x'
% CHECK-NEXT: 9:10 Plus '+' space
% CHECK-NEXT: 9:12 Number '1' space
% CHECK-NEXT: 9:13 DotCaret '.^'
% CHECK-NEXT: 9:15 Number '2'
% CHECK-NEXT: 9:17 Plus '+' space
% CHECK-NEXT: 9:19 Number '1' space
% CHECK-NEXT: 9:20 DotTranspose '.'''
% CHECK-NEXT: 9:22 Semi ';'
% CHECK-NEXT: 9:23 Newline
% CHECK-NEXT: 10:1 Ident 'e'
% CHECK-NEXT: 10:3 Assign '=' space
% CHECK-NEXT: 10:5 Number '20_000' space
% CHECK-NEXT: 10:11 Semi ';'
% CHECK-NEXT: 10:12 Newline
