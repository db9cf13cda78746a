% Reproducer from tests/difftest (seed 240 program 47): a single compared with a
% double compares in single, as MATLAB converts the double operand first
% (single(-0.7) == -0.7 is true); integers and singles compare exactly.
a = single(-0.7);
fprintf('%d\n', a == -0.7, a ~= -0.7, a < -0.7, a >= -0.7);
v = single([0.1 0.2 0.3 -0.7]);
d = [0.1 0.2 0.3 -0.7];
fprintf('%d ', v == d); fprintf('\n');
fprintf('%d ', v < d); fprintf('\n');
fprintf('%d ', d > v); fprintf('\n');
fprintf('%d ', v == 0.1); fprintf('\n');
% fused element-wise kernels: comparisons of single and double arrays
x = single(1:4) / 3;
y = (1:4) / 3;
fprintf('%d ', x == y, x <= y, x > y); fprintf('\n');
fprintf('%d\n', sum(x == y));
n = 5000;
xs = single((1:n) / 7);
xd = (1:n) / 7;
fprintf('%d %d %d\n', sum(xs == xd), nnz(xs < xd), any(xd > xs));
fprintf('%d\n', sum(sqrt(xs) == sqrt(xd)));
fprintf('%d\n', single(16777217) == 16777217);
fprintf('%d\n', isequal(single(0.1), 0.1));
fprintf('%d\n', isequal(single([0.1 0.2]), [0.1 0.2], single([0.1 0.2])));
fprintf('%d %d\n', int8(1) == 1.2, int8(1) < 1.5);
fprintf('%d\n', int32(16777217) == single(16777216));
fprintf('%d\n', single(3) == int8(3));
fprintf('%d\n', single(1 + 0.1i) == (1 + 0.1i));
fprintf('%d\n', single(0.5) == true);
fprintf('%d\n', single(65) == 'A');
% switch compares with ==: a single switch value and a double case
switch single(0.1)
  case 0.1
    fprintf('match\n');
  otherwise
    fprintf('no match\n');
end
switch single(0.3)
  case {0.2, 0.3}
    fprintf('match in cell\n');
  otherwise
    fprintf('no match in cell\n');
end
fprintf('%d\n', find(single([0.1 0.2 0.3]) == 0.2));
fprintf('%d\n', isequal({single(0.1)}, {0.1}));
