% RUN: %mcc -O0 --emit=llvm %s | FileCheck %s
% RUN: %mcc %s -o %t && %t | FileCheck %s --check-prefix=OUT
% A variable that starts real and turns complex (z = 0; z = z*z + c) is a
% double scalar of unknown complexity: in registers as {re, im, isComplex},
% so the escape loop makes no arrays and calls no runtime operation (only
% hypot for abs, and __muldc3 where a product's parts are both NaN). An
% element of a complex array is read and written in place. A complex value
% whose imaginary part became 0 displays as real (MATLAB's narrowing).
total = 0;
Z = complex(zeros(4, 6));
for i = 1:4
  for j = 1:6
    [k, z] = escape(-2 + 0.5 * j, -1 + 0.5 * i, 30);
    total = total + k;
    Z(i, j) = z;
  end
end
fprintf('%d %d\n', total, isreal(Z));
fprintf('%d\n', sumOfEscapes(Z));
y = 2 + 3i;
y = y - 3i
w = complex(2, 0);
fprintf('%d %d\n', isreal(y), isreal(w));

function [k, z] = escape(cr, ci, maxit)
  c = complex(cr, ci); z = 0; k = 0;
  while k < maxit && abs(z) <= 2
    z = z*z + c; k = k + 1;
  end
end

function n = sumOfEscapes(C)
  n = 0;
  for e = 1:numel(C)
    z = C(e); k = 0;
    while k < 10 && abs(z) <= 2
      z = z^2 + C(e); k = k + 1;
    end
    n = n + k;
  end
end

% The script, then escape: its loop is register arithmetic, and its
% output z too is returned in registers (a function called by the program
% takes and gives maybe-complex scalars as {re, im, isComplex}).
% CHECK-LABEL: define internal { double, { double, double, i1 } } @mcc_fn1(double %0, double %1, double %2, double %3, double %4)
% CHECK-NOT: @mcc_
% CHECK: call double @hypot(
% CHECK-NOT: @mcc_
% CHECK: call { double, double } @__muldc3(
% CHECK-NOT: @mcc_
% sumOfEscapes reads C(e) in place (mcc_subsref_error only reports a bad index).
% CHECK-LABEL: define internal double @mcc_fn2(
% CHECK-NOT: @mcc_subsref(
% CHECK-NOT: @mcc_binary(
% CHECK-NOT: @mcc_array_from_complex(
% CHECK-LABEL: define internal ptr @mcc.box_complex(
% The counts are GNU Octave's; the display is MATLAB's format of a real 2.
% OUT: 321 0
% OUT-NEXT: 74
% OUT-EMPTY:
% OUT-NEXT: y =
% OUT-EMPTY:
% OUT-NEXT: {{^}}     2{{$}}
% OUT-EMPTY:
% OUT-NEXT: 1 0
