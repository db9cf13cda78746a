% Operator overloading (Vec.m, Vec3.m, Tally.m in classdef_operators.files): a + b and every other operator calls the class's method when an operand is an object of the class, with a number on either side, through cells (classes known only at run time), in function form, inherited by a subclass (which overrides plus), and on a handle class.
a = Vec(1, 2);
b = Vec(3, -4);
fprintf('+ %s %s %s\n', str(a + b), str(a + 10), str(10 + a));
fprintf('- %s %s %s\n', str(a - b), str(a - 1), str(1 - a));
fprintf('unary %s %s\n', str(-b), str(+b));
fprintf('.* %s %s ./ %s %s\n', str(a .* b), str(3 .* a), str(b ./ a), str(b ./ 2));
fprintf('* %s %s %g\n', str(2 * a), str(a * 3), a * b);
fprintf('/ %s ^ %s\n', str(b / 2), str(b ^ 2));
fprintf('== %d %d %d ~= %d %d\n', a == a, a == b, Vec(2, 2) == 2, a ~= b, a ~= Vec(1, 2));
fprintf('< %d > %d <= %d >= %d\n', a < b, a > b, b <= b, a >= b);
fprintf('~ %d %d & %d %d | %d %d\n', ~a, ~Vec(), a & b, a & Vec(), Vec() | a, Vec() | Vec());
fprintf('transposes %s %s\n', str(a'), str(a.'));
% the function forms
fprintf('%s %s %s %d\n', str(plus(a, b)), str(mtimes(2, b)), str(uminus(a)), eq(a, a));
% an expression of several operators
c = 2 * (a + b)' - Vec(1, 1);
fprintf('%s\n', str(c));
% classes known only at run time: a cell of vectors and numbers
items = {a, 5, b, Vec(0.5, 0.5)};
total = Vec();
for k = 1:numel(items)
  total = total + items{k};
end
fprintf('total %s\n', str(total));
s = items{1} * items{3};
fprintf('dot %g, num %g, mixed %s\n', s, items{2} * items{2}, str(items{2} * items{1}));
fprintf('neg %s, eq %d %d\n', str(-items{3}), items{1} == items{1}, items{2} == 5);
% inherited operators, an override
p = Vec3(1, 2, 3);
q = Vec3(10, 20, 30);
r = p + q;
fprintf('%s %s z=%d\n', class(r), str(r), r.z);
m = p - q;
fprintf('%s %s\n', class(m), str(m));
fprintf('%d %d\n', p == p, p < q);
% a handle class's eq and plus
t1 = Tally(2);
t2 = Tally(2);
fprintf('%d\n', t1 == t2);
t3 = t1 + 5;
fprintf('%d %d %d\n', t1.n, t3.n, t1 == t2);
% a variable that holds a vector, then a number: x + 1 is the method, then the operation
cc = {3, Vec(1, 1), 5};
x = Vec(1, 1);
for k = 1:3
  y = x + 1;
  if isobject(y)
    fprintf('%d: Vec %s\n', k, str(y));
  else
    fprintf('%d: %g\n', k, y);
  end
  x = cc{k};
end
