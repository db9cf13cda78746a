% RUN: %mcc %s -o %t
% RUN: env MCC_CHECK_LEAKS=1 %t 4 | FileCheck %s
% RUN: env MCC_CHECK_LEAKS=1 %t 2 '[1 2 3]' 'abc' 7 | FileCheck %s --check-prefix=GIVEN
% RUN: env MCC_CHECK_LEAKS=1 %t 2 5 | FileCheck %s --check-prefix=EXPAND
% RUN: not %t -1 2>&1 | FileCheck %s --check-prefix=POSITIVE
% RUN: not %t 2.5 2>&1 | FileCheck %s --check-prefix=INTEGER
% RUN: not %t 2 '[1 2; 3 4]' 2>&1 | FileCheck %s --check-prefix=ROW
% RUN: not %t 2 1 x 11 2>&1 | FileCheck %s --check-prefix=RANGE
% RUN: not %t 2 1 x 5 extra 2>&1 | FileCheck %s --check-prefix=TOOMANY
% RUN: not %t 2>&1 | FileCheck %s --check-prefix=MISSING
% RUN: not %t hello 2>&1 | FileCheck %s --check-prefix=CLASS
% RUN: %mcc --emit=typed %s | FileCheck %s --check-prefix=TYPED
function r = entry_arguments(n, w, label, k)
% The arguments block types and checks the command line's inputs.
arguments
  n (1,1) double {mustBePositive, mustBeInteger}
  w (1,:) double = [1 1]
  label char = 'none'
  k (1,1) double {mustBeInRange(k, 0, 10)} = 3
end
fprintf('n=%d w=%s label=%s k=%d\n', n, mat2str(w), label, k);
r = n * sum(w) + k;
end
% TYPED: function entry_arguments<double scalar, double real? 1x?, char ?, double scalar>(n, w, label, k) -> (r)
% CHECK: n=4 w=[1 1] label=none k=3
% CHECK-EMPTY:
% CHECK-NEXT: r =
% CHECK-EMPTY:
% CHECK-NEXT: {{^}}    11
% GIVEN: n=2 w=[1 2 3] label=abc k=7
% GIVEN: {{^}}    19
% EXPAND: n=2 w=5 label=none k=3
% EXPAND: {{^}}    13
% POSITIVE: Error: Invalid argument at position 1. Value must be positive.
% POSITIVE-NEXT: in {{.*}}entry_arguments.m at line 16
% INTEGER: Error: Invalid argument at position 1. Value must be integer.
% ROW: Error: Invalid argument at position 2. Value must be a row vector.
% RANGE: Error: Invalid argument at position 4. Value must be greater than or equal to 0, and less than or equal to 10.
% TOOMANY: Error: Too many input arguments.
% TOOMANY-NEXT: in {{.*}}entry_arguments.m at line 13
% MISSING: Error: Not enough input arguments.
% CLASS: Error: Invalid argument at position 1. Value must be of type double or be convertible to double.
