% RUN: %mcc -O0 --emit=llvm %s | FileCheck %s
% RUN: %mcc %s -o %t && %t | FileCheck %s --check-prefix=OUT
% Five bodies as the rows of 5x3 matrices (x(i,:), v(i,:) = ...), stepped
% in a loop: the matrices live as their elements (ScalarizeSmallArrays),
% so simulate makes no array and calls nothing of the runtime: no
% descriptor, no subsref or subsasgn, no element-wise kernel, and sum,
% sqrt, dot and norm of the rows are register arithmetic. The energy
% printed is GNU Octave's.
fprintf('%.10f\n', simulate(100));
function e = simulate(n)
  x = [0 0 0; 4.84 -1.16 -0.10; 8.34 4.12 -0.4; 12.89 -15.11 -0.22; 15.37 -25.9 0.17];
  v = zeros(5, 3);
  m = [39.47 0.037 0.011 0.0017 0.002];
  for step = 1:n
    for i = 1:5
      for j = i+1:5
        d = x(i,:) - x(j,:);
        d2 = sum(d.^2);
        mag = 0.01 / (d2 * sqrt(d2));
        v(i,:) = v(i,:) - d * m(j) * mag;
        v(j,:) = v(j,:) + d * m(i) * mag;
      end
    end
    x = x + 0.01 * v;
  end
  e = 0;
  for i = 1:5
    e = e + 0.5 * m(i) * dot(v(i,:), v(i,:));
    for j = i+1:5
      e = e - m(i) * m(j) / norm(x(i,:) - x(j,:));
    end
  end
end
% CHECK-LABEL: define internal double @mcc_fn1(
% CHECK-NOT: @mcc_
% CHECK: ret double
% CHECK-NOT: @mcc_
% CHECK: {{^}}}{{$}}
% OUT: -0.3468536972
