% RUN: %mcc --emit=llvm %s | FileCheck %s
% min([a, b, c]) and max([...]) of real scalars written as a list fold into
% two-argument min and max of unboxed doubles, in the reduction's order (a
% NaN accumulator takes the next value; ties keep the first, as the
% runtime's: compares and selects, not minnum/maxnum, whose zero is either): no
% concatenation, no array, no reduction launch. A list with an array in it
% stays a concatenation.
a = rand - 0.5; b = 2 * rand - 1; c = rand;
m = min([a, b, c]);
x = max([a; c]);
fprintf('%g %g\n', m, x);
v = min([a, [b c]]);
fprintf('%g\n', v);
% CHECK-LABEL: define {{.*}}@main(
% CHECK-NOT: mcc_horzcat
% CHECK-NOT: mcc_vertcat
% CHECK-NOT: mcc_kernel_launch
% CHECK: fcmp olt double
% CHECK: fcmp ogt double
% CHECK: call {{.*}}@mcc_fprintf
% CHECK: call ptr @mcc_horzcat
