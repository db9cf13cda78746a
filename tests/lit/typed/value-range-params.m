% RUN: %mcc --emit=typed %s | FileCheck %s
% RUN: %mcc %s -o %t && %t | FileCheck --check-prefix=OUT %s
% Value ranges reach through long chains (each value is bounded once per
% query: s.*s does not double the work) and into functions: a parameter
% starts from what every call of its specialisation passes. radius() is
% called with whole numbers (idx = (1:n)'), so mod(idx*7919 + 3, p) is
% whole and at most p - 1 there, (s + 0.5)/p < 1 and the square root real;
% called with 0.5 * idx it may be complex (a second specialisation).
% non_negative() gets abs(x): its sqrt is real.
idx = (1:6)';
a = radius(idx);
b = radius(0.5 * idx);
c = non_negative(abs(idx - 3.5));
fprintf('%.6f %.6f %.6f\n', a(2), real(b(3)), c(1));
% OUT: {{[0-9.]+}} {{[0-9.]+}} 1.581139

function r = radius(idx)
  p = 67108859;
  s = mod(idx*7919 + 3, p);
  s = mod(s.*s + 12345, p); s = mod(s.*s + 12345, p); s = mod(s.*s + 12345, p);
  s = mod(s.*s + 12345, p); s = mod(s.*s + 12345, p); s = mod(s.*s + 12345, p);
  r = sqrt(-2*log((s + 0.5)/p));
end

function r = non_negative(x)
  r = sqrt(x);
end
% CHECK-LABEL: function value-range-params>radius<double 6x1 whole >0>(idx)
% CHECK: call builtin sqrt nargout=1 %{{[0-9]+}} : double 6x1
% CHECK-LABEL: function value-range-params>radius<double 6x1 >0>(idx)
% CHECK: call builtin sqrt nargout=1 %{{[0-9]+}} : double real? 6x1
% CHECK-LABEL: function value-range-params>non_negative<double 6x1 >=0>(x)
% CHECK: call builtin sqrt nargout=1 %{{[0-9]+}} : double 6x1
