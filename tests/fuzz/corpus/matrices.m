x = [1 -2 +3, 4 - 5; a' b' 'str' "dq""x"];
c = {@(x) x.^2 + 1, @sin, {}, [], 'it''s'};
s.a.b(3).c = 1; s.('dyn') = c{end}(end);
y = x(:, end) .* x(end, :)' ./ 2^-1 \ 3;
z = [f (1) f(1) ...
     -1 % comment
     0x1Fu8 0b101 1e-3i .5 3j];
hold on
format long g
v = ~a && b || c & d | e == f ~= g < h <= i > j >= k;
