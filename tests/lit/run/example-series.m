% RUN: %mcc %S/../../../examples/series.m -o %t && %t | FileCheck %s
% The quick-start example compiles to a native program whose output is
% GNU Octave's, digit for digit (checked with Octave 7.3 on 2026-11-22).
% CHECK: sum of 1/k^2 for k <= 100000: 1.644924066898 (pi^2/6 = 1.644934066848)
% CHECK-NEXT: 4 * sum of (-1)^k/(2k+1): 3.141602653490
% CHECK-NEXT: collatz steps: 7 -> 16, 27 -> 111, 97 -> 118
