% RUN: %mcc -I %S/Inputs/graphics %s -o %t 2>&1 | FileCheck %s --allow-empty
% RUN: %t | FileCheck %s --check-prefix=OUT
% A class of the program with a method named like a graphics function
% (Curve.plot) may take the call: no graphics warning for that name.
c = Curve(4);
fprintf('points %d\n', plot(c));
% CHECK-NOT: warning
% OUT: points 4
