% Reproducer from tests/difftest (seed 241 program 12): a reduction along a
% dim that fuses with the element-wise code before it but whose result is
% never used must not leave an array behind (the run checks for leaks).
[v2] = unused_max(1, 1);
fprintf('%g\n', v2);
fprintf('%g\n', unused_sum(ones(3, 4)));

function [o1] = unused_max(a1, a2)
  o1 = a1 + [0; 0; 0; 0; 0];
  a2 = max(o1, [], 1);
  o1 = sum(o1);
end

function t = unused_sum(x)
  y = x .* 2;
  s = sum(y, 2);
  m = mean(y .^ 2, 1);
  t = y(2, 3);
end
