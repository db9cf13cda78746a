% RUN: %mcc --emit=ast %s | FileCheck %s
% Number literals: exponents with e/E/d/D and an optional sign, a leading
% or trailing '.', imaginary suffixes i/j/I/J. Hex 0x and binary 0b literals
% are integers: without a suffix, of the smallest unsigned class that holds
% them; a suffix u8..u64 / s8..s64 picks the class, and signed ones read the
% bits as two's complement (0xFFs8 is -1). `1.^2` and `1./x` are operators
% after the integer 1.
a = 1e3;
a = .5;
a = 1.;
a = 1.5e-3;
a = 1E+2;
a = 1d3;
a = 1i;
a = 3j;
a = 2.5I;
a = 1e3i;
a = 0x1F;
a = 0b101;
a = 0x100;
a = 0xFFu8;
a = 0b1s8;
a = 0xFFs8;
a = 0x7Fs8;
a = 0xFFFFu16;
a = 1.^2;
a = 1./x;

% ---- expected output: tests/lit/update_checks.py regenerates the lines below ----
% CHECK: File script {{.*}}numbers.m
% CHECK-NEXT:   script:
% CHECK-NEXT:     Assign <8:1-8:8>
% CHECK-NEXT:       lhs: Ident a <8:1-8:2>
% CHECK-NEXT:       rhs: Number 1e3 value=1000 <8:5-8:8>
% CHECK-NEXT:     Assign <9:1-9:7>
% CHECK-NEXT:       lhs: Ident a <9:1-9:2>
% CHECK-NEXT:       rhs: Number .5 value=0.5 <9:5-9:7>
% CHECK-NEXT:     Assign <10:1-10:7>
% CHECK-NEXT:       lhs: Ident a <10:1-10:2>
% CHECK-NEXT:       rhs: Number 1. value=1 <10:5-10:7>
% CHECK-NEXT:     Assign <11:1-11:11>
% CHECK-NEXT:       lhs: Ident a <11:1-11:2>
% CHECK-NEXT:       rhs: Number 1.5e-3 value=0.0015 <11:5-11:11>
% CHECK-NEXT:     Assign <12:1-12:9>
% CHECK-NEXT:       lhs: Ident a <12:1-12:2>
% CHECK-NEXT:       rhs: Number 1E+2 value=100 <12:5-12:9>
% CHECK-NEXT:     Assign <13:1-13:8>
% CHECK-NEXT:       lhs: Ident a <13:1-13:2>
% CHECK-NEXT:       rhs: Number 1d3 value=1000 <13:5-13:8>
% CHECK-NEXT:     Assign <14:1-14:7>
% CHECK-NEXT:       lhs: Ident a <14:1-14:2>
% CHECK-NEXT:       rhs: Number 1i value=1i <14:5-14:7>
% CHECK-NEXT:     Assign <15:1-15:7>
% CHECK-NEXT:       lhs: Ident a <15:1-15:2>
% CHECK-NEXT:       rhs: Number 3j value=3i <15:5-15:7>
% CHECK-NEXT:     Assign <16:1-16:9>
% CHECK-NEXT:       lhs: Ident a <16:1-16:2>
% CHECK-NEXT:       rhs: Number 2.5I value=2.5i <16:5-16:9>
% CHECK-NEXT:     Assign <17:1-17:9>
% CHECK-NEXT:       lhs: Ident a <17:1-17:2>
% CHECK-NEXT:       rhs: Number 1e3i value=1000i <17:5-17:9>
% CHECK-NEXT:     Assign <18:1-18:9>
% CHECK-NEXT:       lhs: Ident a <18:1-18:2>
% CHECK-NEXT:       rhs: Number 0x1F uint8=31 <18:5-18:9>
% CHECK-NEXT:     Assign <19:1-19:10>
% CHECK-NEXT:       lhs: Ident a <19:1-19:2>
% CHECK-NEXT:       rhs: Number 0b101 uint8=5 <19:5-19:10>
% CHECK-NEXT:     Assign <20:1-20:10>
% CHECK-NEXT:       lhs: Ident a <20:1-20:2>
% CHECK-NEXT:       rhs: Number 0x100 uint16=256 <20:5-20:10>
% CHECK-NEXT:     Assign <21:1-21:11>
% CHECK-NEXT:       lhs: Ident a <21:1-21:2>
% CHECK-NEXT:       rhs: Number 0xFFu8 uint8=255 <21:5-21:11>
% CHECK-NEXT:     Assign <22:1-22:10>
% CHECK-NEXT:       lhs: Ident a <22:1-22:2>
% CHECK-NEXT:       rhs: Number 0b1s8 int8=1 <22:5-22:10>
% CHECK-NEXT:     Assign <23:1-23:11>
% CHECK-NEXT:       lhs: Ident a <23:1-23:2>
% CHECK-NEXT:       rhs: Number 0xFFs8 int8=-1 <23:5-23:11>
% CHECK-NEXT:     Assign <24:1-24:11>
% CHECK-NEXT:       lhs: Ident a <24:1-24:2>
% CHECK-NEXT:       rhs: Number 0x7Fs8 int8=127 <24:5-24:11>
% CHECK-NEXT:     Assign <25:1-25:14>
% CHECK-NEXT:       lhs: Ident a <25:1-25:2>
% CHECK-NEXT:       rhs: Number 0xFFFFu16 uint16=65535 <25:5-25:14>
% CHECK-NEXT:     Assign <26:1-26:9>
% CHECK-NEXT:       lhs: Ident a <26:1-26:2>
% CHECK-NEXT:       rhs: Binary power <26:5-26:9>
% CHECK-NEXT:         Number 1 value=1 <26:5-26:6>
% CHECK-NEXT:         Number 2 value=2 <26:8-26:9>
% CHECK-NEXT:     Assign <27:1-27:9>
% CHECK-NEXT:       lhs: Ident a <27:1-27:2>
% CHECK-NEXT:       rhs: Binary rdivide <27:5-27:9>
% CHECK-NEXT:         Number 1 value=1 <27:5-27:6>
% CHECK-NEXT:         Ident x <27:8-27:9>
