% RUN: %mcc %s -o %t && env MCC_CHECK_LEAKS=1 %t | FileCheck %s
% Arrays are reference-counted with copy-on-write: assignment shares, an
% update of a shared array copies, values passed to functions and returned,
% merged at joins, dropped outputs and loop-carried arrays are all released
% (MCC_CHECK_LEAKS makes the program fail if any array is still alive at the
% end).
a = [1 2 3];
b = a;
b(2) = 20;
fprintf('a = %d %d %d, b = %d %d %d\n', a, b);
% CHECK: a = 1 2 3, b = 1 20 3
c = bump(a);
fprintf('a = %d %d %d, c = %d %d %d\n', a, c);
% CHECK: a = 1 2 3, c = 2 2 3
x = [];
for k = 1:5
  x(end + 1) = k * k;
  if k == 3
    y = x;
  end
end
fprintf('x = %s, y = %s\n', mat2str(x), mat2str(y));
% CHECK: x = [1 4 9 16 25], y = [1 4 9]
[~, where] = max(x);
[lo, hi] = bounds2(x);
fprintf('max at %d, bounds %d %d\n', where, lo, hi);
% CHECK: max at 5, bounds 1 25
z = zeros(2, 2);
while true
  z = z + 1;
  if z(1) > 3
    break;
  end
end
disp(z);
% CHECK: 4 4
% CHECK: 4 4
s = 'abc';
t = [s; 'def'];
disp(t(2, :));
% CHECK: def
disp(pick(a, 2));
% CHECK: 2
disp(pick(a));
% CHECK: 1

function v = bump(v)
  v(1) = v(1) + 1;
end

function [lo, hi] = bounds2(v)
  lo = min(v);
  hi = max(v);
end

function r = pick(v, k)
  if nargin < 2
    k = 1;
  end
  r = v(k);
end
