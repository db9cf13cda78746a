% RUN: %mcc --emit=typed %s | FileCheck %s
% Indexing keeps what is known: x(i,:) of a 5x3 real x is a real 1x3,
% x(:, j) a 5x1, x(i, 2:3) a 1x2, r(idx) of a row by a row index a row of
% the index's length. An assignment A(i, j) = v keeps each extent its
% index provably stays within (a loop value over 1:5 into 5 rows; j from
% i+1:5; `end`; a range ending at the n of zeros(1, n)), so the loop's
% phis keep 5x3 and 1x%n; an index that may pass the extent (7 into 5
% rows) leaves it unknown.
function shapes_indexed()
  n = round(rand * 10) + 2;
  x = zeros(5, 3);
  v = ones(5, 3);
  for i = 1:5
    for j = i+1:5
      d = x(i,:) - x(j,:);
      v(i,:) = v(i,:) - d * sqrt(sum(d.^2));
    end
  end
  c = x(:, 2);
  p = x(4, 2:3);
  r = 10:20;
  q = r([1 3 5]);
  y = zeros(1, n);
  for k = 1:n
    y(k) = k;
  end
  y(end) = 0;
  g = zeros(5, 3);
  g(7, :) = 1;
  disp(v); disp(c); disp(p); disp(q); disp(y); disp(g);
end
% CHECK-LABEL: function shapes_indexed()
% CHECK: phi v {{.*}} : double 5x3
% CHECK: subsref {{.*}} : double 1x3  ; line 15
% CHECK: subsref {{.*}} : double 1x3  ; line 15
% CHECK: binary minus {{.*}} : double 1x3  ; line 15
% CHECK: subsasgn {{.*}} : double 5x3  ; line 16
% CHECK: subsref {{.*}} : double 5x1  ; line 19
% CHECK: subsref {{.*}} : double 1x2  ; line 20
% CHECK: subsref {{.*}} : double 1x3  ; line 22
% CHECK: [[N:%[0-9]+]] = call builtin zeros {{.*}} : double 1x[[SYM:%[0-9]+]]  ; line 23
% CHECK: phi y {{.*}} : double 1x[[SYM]]
% CHECK: subsasgn {{.*}} : double 1x[[SYM]]  ; line 25
% CHECK: subsasgn {{.*}} : double 1x[[SYM]]  ; line 27
% CHECK: subsasgn {{.*}} : double ?x3  ; line 29
